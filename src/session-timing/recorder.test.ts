import type { SessionEventsRequest } from '@/lib/api-contract/sessions';
import { flushPendingEvents, pendingEvents, recordEvent } from './recorder';

const meta = { formId: 'dang-ky-khai-sinh', formVersion: 1 };

describe('the timing recorder', () => {
  it('keeps events in IndexedDB until the server accepts them, and sends them once', async () => {
    // given two events recorded, and a server that fails once
    await recordEvent('s-rec', meta, { type: 'page-entered', pageId: 'tre' }, 1_000);
    await recordEvent('s-rec', meta, { type: 'first-input', fieldId: 'treTen' }, 2_000);
    const sent: SessionEventsRequest[] = [];
    let fail = true;
    const send = async (_id: string, request: SessionEventsRequest) => {
      if (fail) throw new Error('offline');
      sent.push(request);
    };
    // when a flush fails, the events stay (a reload would find them)
    await flushPendingEvents(send);
    expect((await pendingEvents('s-rec')).map((event) => event.type)).toEqual(['page-entered', 'first-input']);
    // and when the next flush succeeds, they are sent once, in order, and leave the store
    fail = false;
    await flushPendingEvents(send);
    await flushPendingEvents(send);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ formId: 'dang-ky-khai-sinh', events: [{ type: 'page-entered', at: 1_000 }, { type: 'first-input', fieldId: 'treTen', at: 2_000 }] });
    expect(sent[0]?.events[1]?.seq).toBeGreaterThan(sent[0]?.events[0]?.seq ?? Infinity);
    expect(await pendingEvents('s-rec')).toEqual([]);
  });
});

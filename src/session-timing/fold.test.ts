import { describe, expect, it } from 'vitest';
import type { TimingEvent } from '@/lib/api-contract/sessions';
import { foldTimingEvents } from './fold';

const t0 = Date.UTC(2026, 0, 5, 2, 0, 0);
const s = (seconds: number) => t0 + seconds * 1000;
let seq = 0;
const at = <T extends Omit<TimingEvent, 'seq' | 'at'>>(seconds: number, event: T) => ({ ...event, seq: seq++, at: s(seconds) }) as TimingEvent;

describe('foldTimingEvents', () => {
  const events: TimingEvent[] = [
    at(0, { type: 'signed-in' }),
    at(20, { type: 'form-opened', formId: 'dang-ky-khai-sinh', formVersion: 1 }),
    at(20, { type: 'page-entered', pageId: 'nguoi-yeu-cau' }),
    at(22, { type: 'prefill-resolved', fieldIds: ['hoTen', 'ngaySinh', 'soDinhDanh'] }),
    at(30, { type: 'first-input', fieldId: 'quanHe' }),
    at(40, { type: 'validation-error', pageId: 'nguoi-yeu-cau', fieldIds: ['email', 'dienThoai'] }),
    // 100 s without input: the first 60 are active, 40 idle
    at(140, { type: 'first-input', fieldId: 'email' }),
    at(150, { type: 'page-left', pageId: 'nguoi-yeu-cau' }),
    at(150, { type: 'page-entered', pageId: 'tre' }),
    at(170, { type: 'first-input', fieldId: 'treTen' }),
    at(180, { type: 'validation-error', pageId: 'tre', fieldIds: ['email'] }),
    at(190, { type: 'page-entered', pageId: 'kiem-tra' }),
    at(200, { type: 'submit-attempted', answerCount: 10, prefilledCount: 3, predictedSeconds: 95.5 }),
    at(203, { type: 'submit-acknowledged', dossierCode: '000.00.31.H56-260105-0001' }),
  ];

  it('measures login→submit from signing in to the acknowledgement', () => {
    // when the session is folded long after it ended
    const summary = foldTimingEvents(events, { now: s(10_000) });
    // then the clock stops at the acknowledgement, not at "now"
    expect(summary.loginToSubmitSeconds).toBe(203);
    expect(summary.submitted).toBe(true);
    expect(summary.dossierCode).toBe('000.00.31.H56-260105-0001');
  });

  it('counts a gap of more than 60 s without input as idle beyond its first minute', () => {
    const summary = foldTimingEvents(events, { now: s(10_000) });
    // interactions from 20 s to 203 s: 183 s, of which 40 s past the minute-long silence 40→140
    expect(summary.idleSeconds).toBe(40);
    expect(summary.activeSeconds).toBe(143);
  });

  it('sums the time on each page over its visits, ending the last one at the acknowledgement', () => {
    const summary = foldTimingEvents(events, { now: s(10_000) });
    expect(summary.pages).toEqual([
      { pageId: 'nguoi-yeu-cau', seconds: 130, visits: 1 },
      { pageId: 'tre', seconds: 40, visits: 1 },
      { pageId: 'kiem-tra', seconds: 13, visits: 1 },
    ]);
  });

  it('counts fields typed, pre-filled and corrected after an error, and the errors met', () => {
    const summary = foldTimingEvents(events, { now: s(10_000) });
    expect(summary).toMatchObject({ fieldsTyped: 3, fieldsPrefilled: 3, fieldsCorrected: 1, validationErrors: 3, predictedSeconds: 95.5 });
    expect(summary.errorsByField).toEqual({ email: 2, dienThoai: 1 });
  });

  it('runs an unfinished session up to the injected clock, and ignores re-sent events', () => {
    const open = events.slice(0, 5);
    const summary = foldTimingEvents([...open, ...open], { now: s(200) });
    expect(summary.submitted).toBe(false);
    expect(summary.loginToSubmitSeconds).toBeUndefined();
    // 20→30 active, then 170 s of silence until now: 60 active, 110 idle
    expect(summary).toMatchObject({ activeSeconds: 70, idleSeconds: 110 });
    expect(summary.pages).toEqual([{ pageId: 'nguoi-yeu-cau', seconds: 180, visits: 1 }]);
  });

  it('takes the idle threshold as an option', () => {
    const summary = foldTimingEvents(events, { now: s(10_000), idleAfterMs: 30_000 });
    expect(summary.idleSeconds).toBe(70);
  });
});

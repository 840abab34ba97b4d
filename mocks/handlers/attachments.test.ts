// @vitest-environment node
// Node, not jsdom: under vitest 4.1 + jsdom 29, a jsdom File inside a FormData body loses its bytes
// and its name in vitest's Request shim (it reads jsdom's renamed private `_buffer`), so an upload
// test in jsdom would test the shim, not the mock. The app code under test is the same.
import { resolveApiUrl } from '@/lib/api-client';
import { attachmentsPath } from '@/lib/api-contract/attachments';
import { uploadAttachment } from '@/lib/attachments-client';
import { resetMockDb } from '../db/collection';
import { server } from '../node';
import { maxAttachmentBytes } from './attachments';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  server.resetHandlers();
  await resetMockDb();
});
afterAll(() => server.close());

const upload = (file: File) =>
  uploadAttachment(file).then(
    (attachment) => ({ ok: true as const, attachment }),
    (error: unknown) => ({ ok: false as const, error }),
  );

describe('POST /attachments', () => {
  it('stores the file and serves it back by id', async () => {
    // given a scanned birth certificate with a Vietnamese name
    const file = new File(['%PDF-1.7 giấy chứng sinh'], 'giấy-chứng-sinh.pdf', { type: 'application/pdf' });
    // when it is uploaded
    const attachment = await uploadAttachment(file);
    // then its metadata comes back, and the same bytes can be downloaded
    expect(attachment).toMatchObject({ name: 'giấy-chứng-sinh.pdf', size: file.size, type: 'application/pdf' });
    const download = await fetch(resolveApiUrl(`${attachmentsPath}/${attachment.id}`));
    expect(download.status).toBe(200);
    expect(download.headers.get('Content-Type')).toBe('application/pdf');
    expect(await download.text()).toBe('%PDF-1.7 giấy chứng sinh');
  });

  it('refuses a file over 20 MB with 413', async () => {
    const file = new File([new Uint8Array(maxAttachmentBytes + 1)], 'video.pdf', { type: 'application/pdf' });
    const result = await upload(file);
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', status: 413, code: 'file-too-large' } });
  });

  it('refuses an empty file and an executable', async () => {
    expect(await upload(new File([], 'trong.pdf'))).toMatchObject({ ok: false, error: { status: 400, code: 'file-empty' } });
    expect(await upload(new File(['MZ'], 'setup.exe'))).toMatchObject({ ok: false, error: { status: 415 } });
  });

  it('answers 404 for an unknown id', async () => {
    const response = await fetch(resolveApiUrl(`${attachmentsPath}/khong-co`));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'attachment-not-found' });
  });
});

import { File as NodeFile } from 'node:buffer';
import { resolveApiUrl } from '@/lib/api-client';
import { attachmentFilePart, attachmentSchema, attachmentsPath } from '@/lib/api-contract/attachments';
import { signInAs } from '../auth/test-sign-in';
import { maxAttachmentBytes } from './attachments';

/**
 * Under vitest 4.1 + jsdom 29, a jsdom `File` inside a jsdom `FormData` loses its bytes and name
 * in vitest's `Request` shim (it reads jsdom's renamed private `_buffer`). These tests are about
 * the mock backend, so they send Node's own multipart body, which the shim passes through as is.
 */
const NodeFormData = (await new Response(new URLSearchParams()).formData()).constructor as typeof FormData;

let token = '';
beforeEach(async () => {
  token = (await signInAs('chi-lan')).accessToken;
});
const bearer = (accessToken = token) => ({ Authorization: `Bearer ${accessToken}` });

function upload(parts: (string | Uint8Array)[], name: string, type = '', headers: Record<string, string> = bearer()) {
  const body = new NodeFormData();
  body.append(attachmentFilePart, new NodeFile(parts, name, { type }) as unknown as Blob, name);
  return fetch(resolveApiUrl(attachmentsPath), { method: 'POST', body, headers });
}
const download = (id: string, headers: Record<string, string> = bearer()) => fetch(resolveApiUrl(`${attachmentsPath}/${id}`), { headers });

describe('POST /attachments', () => {
  it('stores the file and serves it back by id', async () => {
    // given a scanned birth certificate with a Vietnamese name
    const content = '%PDF-1.7 giấy chứng sinh';
    // when it is uploaded
    const response = await upload([content], 'giấy-chứng-sinh.pdf', 'application/pdf');
    // then its metadata comes back, and the same bytes can be downloaded
    expect(response.status).toBe(201);
    const attachment = attachmentSchema.parse(await response.json());
    expect(attachment).toMatchObject({
      name: 'giấy-chứng-sinh.pdf',
      size: new TextEncoder().encode(content).length,
      type: 'application/pdf',
    });
    const back = await download(attachment.id);
    expect(back.status).toBe(200);
    expect(back.headers.get('Content-Type')).toBe('application/pdf');
    expect(await back.text()).toBe(content);
  });

  it('refuses a file over 20 MB with 413', async () => {
    const response = await upload([new Uint8Array(maxAttachmentBytes + 1)], 'video.pdf', 'application/pdf');
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'file-too-large' });
  });

  it('refuses an empty file (400) and an executable (415)', async () => {
    const empty = await upload([], 'trong.pdf');
    expect([empty.status, ((await empty.json()) as { code: string }).code]).toEqual([400, 'file-empty']);
    const executable = await upload(['MZ'], 'setup.exe');
    expect(executable.status).toBe(415);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await download('khong-co');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'attachment-not-found' });
  });

  it('needs a token to upload or download (401)', async () => {
    expect((await upload(['%PDF'], 'a.pdf', 'application/pdf', {})).status).toBe(401);
    const attachment = attachmentSchema.parse(await (await upload(['%PDF'], 'a.pdf', 'application/pdf')).json());
    expect((await download(attachment.id, {})).status).toBe(401);
  });

  it('serves a file only to the citizen who uploaded it: anyone else gets 404', async () => {
    const attachment = attachmentSchema.parse(await (await upload(['%PDF giấy chứng sinh'], 'gcs.pdf', 'application/pdf')).json());
    const other = (await signInAs('anh-khoa')).accessToken;
    const response = await download(attachment.id, bearer(other));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'attachment-not-found' });
    expect((await download(attachment.id)).status).toBe(200);
  });
});

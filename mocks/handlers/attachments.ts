import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import { attachmentFilePart, attachmentsPath, type Attachment } from '@/lib/api-contract/attachments';
import { requireCitizen } from '../auth/require-citizen';
import { attachments } from '../db/collections';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { errorResponse, type OrError } from './error-response';
import { vietnamIsoString } from './dossier-code';

/** The reception system's limit per file; forms set their own, smaller limits per field. */
export const maxAttachmentBytes = 20 * 1024 * 1024;
/** Room for the multipart boundaries and headers around the file. */
const multipartOverheadBytes = 64 * 1024;
/** Files no dossier needs and every reception system refuses. */
const executable = /\.(exe|msi|bat|cmd|com|scr|ps1|vbs|js|jar|apk|sh)$/i;
/** Transfer time of a mobile upload (about 2 MB/s), so large files feel large in the demo. */
const uploadMsPerByte = 1000 / (2 * 1024 * 1024);

const tooLarge = () =>
  errorResponse(413, 'file-too-large', `A file may not exceed ${maxAttachmentBytes / 1024 / 1024} MB`);

/** `Content-Disposition` with the original (Vietnamese) file name, RFC 6266 / 5987. */
const disposition = (name: string): string =>
  `inline; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * Uploads (`POST /attachments`, multipart part `file`) and their download by id. Both need the
 * citizen's token (401); a file is the uploader's own: anyone else gets 404, as if it did not
 * exist (an attachment id must not reveal that someone uploaded something).
 */
export const attachmentHandlers = [
  http.post<PathParams, DefaultBodyType, OrError<Attachment>>(apiPath(attachmentsPath), async ({ request }) => {
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const declared = Number(request.headers.get('Content-Length') ?? 0);
    if (declared > maxAttachmentBytes + multipartOverheadBytes) return tooLarge();
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return errorResponse(400, 'invalid-multipart', 'The request body is not multipart form data');
    }
    const file = form.get(attachmentFilePart);
    if (file === null || typeof file === 'string') {
      return errorResponse(400, 'file-missing', `Send the file in the multipart part "${attachmentFilePart}"`);
    }
    await mockLatency(file.size * uploadMsPerByte);
    if (file.size > maxAttachmentBytes) return tooLarge();
    if (file.size === 0) return errorResponse(400, 'file-empty', 'The file is empty');
    if (executable.test(file.name)) return errorResponse(415, 'file-type-refused', 'Executable files are not accepted');

    const attachment: Attachment = { id: crypto.randomUUID(), name: file.name || 'tep-dinh-kem', size: file.size, type: file.type };
    await attachments.put(attachment.id, {
      ...attachment,
      owner: check.citizen.soDinhDanh,
      uploadedAt: vietnamIsoString(new Date()),
      bytes: await file.arrayBuffer(),
    });
    return HttpResponse.json<Attachment>(attachment, {
      status: 201,
      headers: { Location: apiPath(`${attachmentsPath}/${attachment.id}`) },
    });
  }),

  http.get<{ id: string }, DefaultBodyType, OrError<ArrayBuffer>>(apiPath(`${attachmentsPath}/:id`), async ({ params, request }) => {
    await mockLatency();
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const stored = await attachments.get(params.id);
    if (!stored || stored.owner !== check.citizen.soDinhDanh) return errorResponse(404, 'attachment-not-found', `No attachment "${params.id}"`);
    return new HttpResponse(stored.bytes, {
      headers: {
        'Content-Type': stored.type || 'application/octet-stream',
        'Content-Length': String(stored.size),
        'Content-Disposition': disposition(stored.name),
        'Cache-Control': 'no-store',
      },
    });
  }),
];

import { z } from '@/lib/zod';
import {
  personalDocumentKindParam, personalDocumentsPath, type PersonalDocumentList,
} from '@/lib/api-contract/personal-documents';
import { documentKindSchema } from '@/schema/document-kind';
import { personalDocumentsOf, type StoredPersonalDocument } from '../data/synthetic/personal-documents';
import { attachments } from '../db/collections';
import { vietnamIsoString } from './dossier-code';
import { errorResponse } from './error-response';
import { personalData, registryGet } from './registry-endpoint';

const kindListSchema = z.array(documentKindSchema);

/** `?kind=a,b` → the kinds; absent or empty → every kind; an unknown kind → the parse error. */
function requestedKinds(request: Request) {
  const raw = new URL(request.url).searchParams.get(personalDocumentKindParam);
  const kinds = (raw ?? '').split(',').map((kind) => kind.trim()).filter((kind) => kind !== '');
  return kindListSchema.safeParse(kinds);
}

/**
 * The store's files live where uploads live, under the attachment id the document names: a
 * dossier that reuses a document then carries an attachment reference exactly like an upload's,
 * and `GET /attachments/:id` serves it to its owner (and, in a real system, to the officer processing the dossier).
 */
async function keepFiles(documents: readonly StoredPersonalDocument[], owner: string, storedAt: string): Promise<void> {
  for (const { document, bytes } of documents) {
    const { id, name, size, type } = document.attachment;
    if (await attachments.get(id)) continue;
    await attachments.put(id, { id, owner, name, size, type, uploadedAt: storedAt, bytes: bytes.slice().buffer });
  }
}

/**
 * Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (the portal's personal data store): the
 * signed-in citizen's own electronic documents, optionally of the kinds asked for. 400
 * `invalid-kind` for a kind the store does not know.
 */
export const personalDocumentHandlers = [
  registryGet<PersonalDocumentList>('kho-du-lieu', personalDocumentsPath, async ({ citizen, registry, request }) => {
    const kinds = requestedKinds(request);
    if (!kinds.success) return errorResponse(400, 'invalid-kind', `Unknown document kind in ?${personalDocumentKindParam}=`);
    const wanted = new Set(kinds.data);
    const held = personalDocumentsOf(registry, citizen.soDinhDanh).filter(({ document }) => wanted.size === 0 || wanted.has(document.kind));
    await keepFiles(held, citizen.soDinhDanh, vietnamIsoString(new Date()));
    return personalData<PersonalDocumentList>({ documents: held.map(({ document }) => document) });
  }),
];

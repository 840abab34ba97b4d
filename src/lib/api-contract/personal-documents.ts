import { z } from '@/lib/zod';
import { documentKindSchema, type DocumentKind } from '@/schema/document-kind';
import { attachmentSchema } from './attachments';
import { isoDateSchema } from './registry-common';

/**
 * Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (National Public Service Portal): the
 * electronic documents the state has issued the signed-in citizen. A procedure reuses them
 * instead of asking for an upload (once-only principle). `GET /kho-du-lieu/giay-to?kind=a,b`
 * answers only the citizen's own documents, optionally of the listed kinds (400 `invalid-kind`
 * for a kind the store does not know).
 */
export const personalDocumentsPath = '/kho-du-lieu/giay-to';
/** Query parameter: comma-separated `DocumentKind`s. */
export const personalDocumentKindParam = 'kind';

/** A text in both languages: the store names documents for every reader of the portal. */
const bilingualSchema = z.object({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });

export const personalDocumentSchema = z.object({
  /** Stable id of the document in the store; a reused attachment's `reusedFrom.documentId`. */
  id: z.string().check(z.minLength(1)),
  kind: documentKindSchema,
  /** "Trích lục khai sinh — Nguyễn Thị Lan". */
  title: bilingualSchema,
  /** Số / ký hiệu as printed on the document. */
  number: z.string().check(z.minLength(1)),
  issuedOn: isoDateSchema,
  /** The issuing authority ("UBND xã Giao Thủy, tỉnh Ninh Bình", a hospital). */
  issuer: bilingualSchema,
  /**
   * The document's file, already stored: an attachment reference exactly like an upload's, so a
   * dossier carries it the same way (the client adds `reusedFrom` when the citizen chooses it).
   */
  attachment: attachmentSchema,
});
export type PersonalDocument = z.infer<typeof personalDocumentSchema>;

export const personalDocumentListSchema = z.object({ documents: z.array(personalDocumentSchema) });
export type PersonalDocumentList = z.infer<typeof personalDocumentListSchema>;

/** `?kind=a,b` for the listed kinds (none: every kind). */
export const personalDocumentsUrl = (kinds: readonly DocumentKind[] = []): string =>
  kinds.length === 0 ? personalDocumentsPath : `${personalDocumentsPath}?${personalDocumentKindParam}=${kinds.join(',')}`;

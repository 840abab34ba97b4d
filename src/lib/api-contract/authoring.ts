import { z } from '@/lib/zod';
import { formIdSchema } from '@/schema/ids';
import { localizedTextSchema } from '@/schema/localized-text';
import { apiErrorBodySchema } from './errors';
import { formDocumentSchema } from './forms';

/**
 * The departments' side of the form-schemas API: drafts an author edits (autosaved) and the
 * immutable versions publishing makes. Every endpoint needs the `author` role (401 without a
 * token, 403 for an account without the role). Paths are relative to the API base URL.
 */
export const authoringFormsPath = '/authoring/forms';
export const authoringFormPath = (formId: string): string => `${authoringFormsPath}/${encodeURIComponent(formId)}`;
export const authoringDraftPath = (formId: string): string => `${authoringFormPath(formId)}/draft`;
export const authoringPublishPath = (formId: string): string => `${authoringFormPath(formId)}/publish`;
/** A citizen persona's short-lived token for the builder's preview (see `previewTokenSchema`). */
export const previewTokensPath = '/authoring/preview-tokens';

const isoDateTime = z.iso.datetime({ offset: true });

/** One published, immutable version of a form. */
export const publishedVersionSchema = z.object({
  version: z.number().check(z.int(), z.minimum(1)),
  publishedAt: isoDateTime,
  /** Display name of the author who published it ("Hệ thống" for the seed versions). */
  publishedBy: z.string().check(z.minLength(1)),
});
export type PublishedVersion = z.infer<typeof publishedVersionSchema>;

/** Where an author's unpublished work stands. */
export const draftStateSchema = z.object({
  /** Bumped by every save; a save based on an older revision is refused (409), nothing is lost silently. */
  revision: z.number().check(z.int(), z.minimum(1)),
  savedAt: isoDateTime,
  savedBy: z.string().check(z.minLength(1)),
  /** The published version the draft started from; `null` for a form never published. */
  baseVersion: z.nullable(z.number().check(z.int(), z.minimum(1))),
});
export type DraftState = z.infer<typeof draftStateSchema>;

/** `GET /authoring/forms`: every form the department owns, with its versions and draft. */
export const authoringFormSummarySchema = z.object({
  id: formIdSchema,
  title: localizedTextSchema,
  /** National procedure code, e.g. "1.001193". */
  procedureCode: z.string(),
  /** Oldest first. Empty for a form never published. */
  versions: z.array(publishedVersionSchema),
  draft: z.nullable(draftStateSchema),
});
export type AuthoringFormSummary = z.infer<typeof authoringFormSummarySchema>;
export const authoringFormListSchema = z.object({ forms: z.array(authoringFormSummarySchema) });
export type AuthoringFormList = z.infer<typeof authoringFormListSchema>;

/**
 * `GET /authoring/forms/:id/draft` (204 when there is none) and the answer of a save. The document
 * is checked only for its envelope: a draft may be incomplete (an empty label) while the author
 * works; publishing checks it whole.
 */
export const authoringDraftSchema = z.extend(draftStateSchema, {
  formId: formIdSchema,
  document: formDocumentSchema,
});
export type AuthoringDraft = z.infer<typeof authoringDraftSchema>;

/**
 * `PUT /authoring/forms/:id/draft`: `revision` is the revision this save builds on (0 for the
 * first save). 409 `stale-draft` when someone saved, published or discarded since; 400 when
 * `document.id` is not `:id`; 404 for a form that is neither published nor created.
 */
export const saveDraftRequestSchema = z.object({
  revision: z.number().check(z.int(), z.minimum(0)),
  document: formDocumentSchema,
});
export type SaveDraftRequest = z.infer<typeof saveDraftRequestSchema>;

/**
 * The `code`s of the authoring API's own errors, so the mocks and the client branch on one
 * spelling: a save or publish based on an old revision, a document that is not a valid form
 * (422, with path-level `issues`), an id already taken, an id nobody knows, an unknown persona.
 */
export const authoringErrorCodes = {
  staleDraft: 'stale-draft',
  invalidForm: 'invalid-form',
  formExists: 'form-exists',
  formNotFound: 'form-not-found',
  formMismatch: 'form-mismatch',
  unknownPersona: 'unknown-persona',
} as const;

/**
 * Body of a 409 `stale-draft`: the API's error shape plus the revision stored now (0 when there
 * is no draft any more), so a client can tell its author what happened and reload.
 */
export const staleDraftErrorSchema = z.extend(apiErrorBodySchema, {
  code: z.literal(authoringErrorCodes.staleDraft),
  currentRevision: z.number().check(z.int(), z.minimum(0)),
});
export type StaleDraftError = z.infer<typeof staleDraftErrorSchema>;

/**
 * `POST /authoring/forms/:id/publish` with the draft revision being published: 201 with the new
 * version (one more than the latest; the document's own `version` is overwritten), 409
 * `stale-draft` when the draft moved on or is gone (`currentRevision` 0), 422 `invalid-form` with path-level issues when the document is not a valid form
 * schema. Publishing removes the draft; the version can never change afterwards.
 */
export const publishRequestSchema = z.object({ revision: z.number().check(z.int(), z.minimum(1)) });
export type PublishRequest = z.infer<typeof publishRequestSchema>;
export const publishResultSchema = z.extend(publishedVersionSchema, { formId: formIdSchema });
export type PublishResult = z.infer<typeof publishResultSchema>;

/**
 * `POST /authoring/forms` with a whole document: creates a new form (its first draft, revision 1).
 * 409 `form-exists` when the id is taken.
 */
export const createFormRequestSchema = z.object({ document: formDocumentSchema });
export type CreateFormRequest = z.infer<typeof createFormRequestSchema>;

/**
 * `POST /authoring/preview-tokens` `{ persona }`: a 15-minute access token of a synthetic test
 * persona, so the preview shows the auto-fill that citizen would see. Only for authors, only for
 * the test personas (every persona of the mock identity provider is one).
 */
export const previewTokenRequestSchema = z.object({ persona: z.string().check(z.minLength(1)) });
export type PreviewTokenRequest = z.infer<typeof previewTokenRequestSchema>;
/** How long a preview token lives: long enough for a review, short enough that a leaked one is soon useless. */
export const previewTokenLifetimeSeconds = 15 * 60;
export const previewTokenSchema = z.object({
  accessToken: z.string().check(z.minLength(1)),
  expiresAt: isoDateTime,
  persona: z.object({ id: z.string(), name: z.string() }),
});
export type PreviewToken = z.infer<typeof previewTokenSchema>;

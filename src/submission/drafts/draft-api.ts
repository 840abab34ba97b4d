import { z } from '@/lib/zod';
import { apiRequest } from '@/lib/api-client';
import { dossierListSchema, dossiersPath } from '@/lib/api-contract/dossiers';
import { draftListSchema, draftPath, draftSchema, draftsPath, type Draft } from '@/lib/api-contract/drafts';

/** The server's copy of the citizen's draft of a form, or undefined when there is none (204). */
export const fetchDraft = (formId: string, signal?: AbortSignal): Promise<Draft | undefined> =>
  apiRequest(draftPath(formId), { schema: z.optional(draftSchema), signal });

export const saveDraftRemote = (draft: Draft) =>
  apiRequest(draftPath(draft.formId), { method: 'PUT', body: draft, schema: draftSchema });

export const deleteDraftRemote = (formId: string) => apiRequest(draftPath(formId), { method: 'DELETE', schema: z.unknown() });

export const fetchDraftList = (signal?: AbortSignal) => apiRequest(draftsPath, { schema: draftListSchema, signal });

export const fetchDossierList = (signal?: AbortSignal) => apiRequest(dossiersPath, { schema: dossierListSchema, signal });

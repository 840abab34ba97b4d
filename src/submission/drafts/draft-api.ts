import { z } from 'zod';
import { apiRequest, isApiError } from '@/lib/api-client';
import { dossierListSchema, dossiersPath } from '@/lib/api-contract/dossiers';
import { draftListSchema, draftPath, draftSchema, draftsPath, type Draft } from '@/lib/api-contract/drafts';

/** The server's copy of the citizen's draft of a form, or undefined when there is none. */
export async function fetchDraft(formId: string, signal?: AbortSignal): Promise<Draft | undefined> {
  try {
    return await apiRequest(draftPath(formId), { schema: draftSchema, signal });
  } catch (error) {
    if (isApiError(error) && error.status === 404) return undefined;
    throw error;
  }
}

export const saveDraftRemote = (draft: Draft) =>
  apiRequest(draftPath(draft.formId), { method: 'PUT', body: draft, schema: draftSchema });

export const deleteDraftRemote = (formId: string) => apiRequest(draftPath(formId), { method: 'DELETE', schema: z.unknown() });

export const fetchDraftList = (signal?: AbortSignal) => apiRequest(draftsPath, { schema: draftListSchema, signal });

export const fetchDossierList = (signal?: AbortSignal) => apiRequest(dossiersPath, { schema: dossierListSchema, signal });

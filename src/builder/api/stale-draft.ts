import { isApiError } from '@/lib/api-client';
import { authoringErrorCodes, type AuthoringDraft } from '@/lib/api-contract/authoring';
import { fetchAuthoringDraft } from './get-authoring-draft';

/** Someone saved, published or discarded since this revision: nothing was written. */
export interface StaleDraft {
  status: 'stale';
  /** The revision to build on now (0: there is no draft any more). */
  currentRevision: number;
  /** The draft as it stands, so the builder can say who saved it and offer to reload it. */
  current: AuthoringDraft | null;
}

export const isStaleDraftError = (error: unknown): boolean =>
  isApiError(error) && error.status === 409 && error.code === authoringErrorCodes.staleDraft;

/**
 * The stale outcome, with the draft read again: the 409 body names the current revision, but the
 * API client keeps only the error's code and issues, and the builder wants the draft itself anyway.
 */
export async function staleDraft(formId: string): Promise<StaleDraft> {
  const current = await fetchAuthoringDraft(formId);
  return { status: 'stale', currentRevision: current?.revision ?? 0, current };
}

import { useMutation } from '@tanstack/react-query';
import { apiRequest, isApiError } from '@/lib/api-client';
import {
  dossierReceiptSchema,
  dossiersPath,
  idempotencyKeyHeader,
  type DossierReceipt,
  type SubmitDossierRequest,
} from '@/lib/api-contract/dossiers';

export interface SubmitDossierInput {
  request: SubmitDossierRequest;
  /** The same key for every attempt at the same dossier: the server files it once. */
  idempotencyKey: string;
}

export const submitDossier = ({ request, idempotencyKey }: SubmitDossierInput): Promise<DossierReceipt> =>
  apiRequest(dossiersPath, {
    method: 'POST',
    body: request,
    headers: { [idempotencyKeyHeader]: idempotencyKey },
    schema: dossierReceiptSchema,
  });

/** Worth sending again: the request or the server failed, not the dossier (4xx are final). */
export const isRetryableSubmitError = (error: unknown): boolean =>
  isApiError(error) && (error.kind === 'network' || (error.kind === 'http' && error.status >= 500));

/** 1 s, 2 s, 4 s… capped at 8 s between attempts. */
export const submitRetryDelayMs = (attempt: number): number => Math.min(1000 * 2 ** attempt, 8000);

/**
 * Files the dossier, sending it again on network errors and 5xx with backoff. Every attempt
 * carries the same idempotency key, so however many arrive, the server files one dossier.
 */
export const useSubmitDossier = () =>
  useMutation({
    mutationFn: submitDossier,
    retry: (failures, error) => failures < 4 && isRetryableSubmitError(error),
    retryDelay: submitRetryDelayMs,
    // Offline, React Query would pause the mutation silently; the page holds it visibly instead.
    networkMode: 'always',
  });

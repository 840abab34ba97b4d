import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
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

export const useSubmitDossier = () => useMutation({ mutationFn: submitDossier });

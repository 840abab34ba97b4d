import type { Dossier, SubmitDossierRequest } from '@/lib/api-contract/dossiers';
import { canonicalJson } from '../db/canonical-json';
import { dossierSequences, dossiers, idempotencyKeys, type StoredDossier } from '../db/collections';
import { createLock } from '../db/lock';
import { findPublishedForm } from '../db/published-forms';
import { formatDossierCode, vietnamDateStamp, vietnamIsoString } from './dossier-code';

export type FilingResult =
  | { kind: 'created' | 'replayed'; dossier: StoredDossier }
  | { kind: 'unknown-form' }
  | { kind: 'key-reused' };

/**
 * What the idempotency key protects: the dossier's content. `submittedAt` is left out on purpose:
 * it is the client's clock, and a retry after a lost response may well be stamped anew.
 */
const fingerprint = ({ formId, formVersion, answers, origins }: SubmitDossierRequest): string =>
  canonicalJson({ formId, formVersion, answers, origins });

const serialised = createLock();

async function nextSequence(agencyCode: string, dateStamp: string): Promise<number> {
  return dossierSequences.update(`${agencyCode}-${dateStamp}`, (current) => (current ?? 0) + 1);
}

/**
 * Files a dossier once per citizen and idempotency key, as the one-stop system's reception does: the first
 * request creates it with the next dossier code of the agency's day; a replay with the same key
 * and content gets the same dossier back; the same key with other content is refused.
 */
export function fileDossier(key: string, request: SubmitDossierRequest, now: Date, owner: string): Promise<FilingResult> {
  return serialised(async () => {
    const seen = await idempotencyKeys.get(`${owner}:${key}`);
    if (seen) {
      if (seen.fingerprint !== fingerprint(request)) return { kind: 'key-reused' };
      const dossier = await dossiers.get(seen.dossierCode);
      if (dossier) return { kind: 'replayed', dossier };
    }
    const form = await findPublishedForm(request.formId, request.formVersion);
    if (!form) return { kind: 'unknown-form' };
    const { agencyCode, fee } = form.procedure;
    const dateStamp = vietnamDateStamp(now);
    const dossierCode = formatDossierCode(agencyCode, dateStamp, await nextSequence(agencyCode, dateStamp));
    const dossier: StoredDossier = {
      dossierCode,
      receivedAt: vietnamIsoString(now),
      formId: form.id,
      formVersion: form.version,
      procedureCode: form.procedure.code,
      status: 'received',
      formTitle: form.title,
      answers: request.answers,
      origins: request.origins,
      submittedAt: request.submittedAt,
      owner,
      // The dossier is kept whatever becomes of the payment: it waits, pending, until it is paid.
      ...(fee.online > 0 ? { payment: { status: 'pending' as const, amount: fee.online } } : {}),
    };
    await dossiers.put(dossierCode, dossier);
    await idempotencyKeys.put(`${owner}:${key}`, { dossierCode, fingerprint: fingerprint(request) });
    return { kind: 'created', dossier };
  });
}

/** The receipt part of a dossier: what `POST /dossiers` answers. */
export const toReceipt = ({ dossierCode, receivedAt, formId, formVersion, procedureCode, status, payment }: Dossier) => ({
  dossierCode,
  receivedAt,
  formId,
  formVersion,
  procedureCode,
  status,
  ...(payment ? { payment } : {}),
});

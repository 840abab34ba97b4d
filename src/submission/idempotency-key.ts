/**
 * One idempotency key per dossier being prepared, kept for the tab's session: a double click,
 * a retry after a lost response or a reload before the receipt all reuse it, so the server
 * files the dossier once. It is forgotten once the receipt is shown.
 */
const storageKey = (formId: string) => `bmdt.idempotency.${formId}`;

export function dossierIdempotencyKey(formId: string): string {
  try {
    const existing = sessionStorage.getItem(storageKey(formId));
    if (existing) return existing;
    const key = crypto.randomUUID();
    sessionStorage.setItem(storageKey(formId), key);
    return key;
  } catch {
    return crypto.randomUUID();
  }
}

export function forgetIdempotencyKey(formId: string): void {
  try {
    sessionStorage.removeItem(storageKey(formId));
  } catch {
    // Storage unavailable: nothing was kept.
  }
}

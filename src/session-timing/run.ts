import type { SessionRun } from '@/lib/api-contract/sessions';

const runKey = 'bmdt.timing.run';

/** The test run and participant code of this tab, set by the participant's link. */
export function rememberRun(run: SessionRun): void {
  try {
    sessionStorage.setItem(runKey, JSON.stringify(run));
  } catch {
    // No storage: the session is simply not tied to the run.
  }
}

export function currentRun(): SessionRun | undefined {
  try {
    const raw = sessionStorage.getItem(runKey);
    return raw ? (JSON.parse(raw) as SessionRun) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One timing session per form and sign-in: a reload continues it; a new sign-in (a new token)
 * starts another, as login→submit counts from the login that submits.
 */
export function sessionIdFor(formId: string, signedInAt: string): { id: string; isNew: boolean } {
  const key = `bmdt.timing.session.${formId}.${signedInAt}`;
  try {
    const existing = sessionStorage.getItem(key);
    if (existing) return { id: existing, isNew: false };
    const id = crypto.randomUUID();
    sessionStorage.setItem(key, id);
    return { id, isNew: true };
  } catch {
    return { id: crypto.randomUUID(), isNew: true };
  }
}

/** After an acknowledged submission the next visit of the form is a new session. */
export function endSession(formId: string, signedInAt: string): void {
  try {
    sessionStorage.removeItem(`bmdt.timing.session.${formId}.${signedInAt}`);
  } catch {
    // Nothing stored, nothing to end.
  }
}

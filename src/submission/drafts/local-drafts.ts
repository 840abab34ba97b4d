import { clear, createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { draftSchema, type Draft } from '@/lib/api-contract/drafts';

/**
 * Drafts on this device (IndexedDB), so a reload, a crash or a lost connection loses nothing
 * even before the server has the latest save. Keyed by the signed-in person's subject and the
 * form: on a shared phone one citizen never sees another's draft, and signing out can clear
 * them. Opened on first use; storage failures (private mode, quota) only cost the local copy.
 */
let database: UseStore | undefined;
const db = (): UseStore => (database ??= createStore('bmdt-drafts', 'drafts'));
const key = (owner: string, formId: string) => `${owner}|${formId}`;

export async function readLocalDraft(owner: string, formId: string): Promise<Draft | undefined> {
  try {
    const parsed = draftSchema.safeParse(await get(key(owner, formId), db()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writeLocalDraft(owner: string, draft: Draft): Promise<void> {
  try {
    await set(key(owner, draft.formId), draft, db());
  } catch {
    // No local copy this time; the server's still counts.
  }
}

export async function removeLocalDraft(owner: string, formId: string): Promise<void> {
  try {
    await del(key(owner, formId), db());
  } catch {
    // Nothing stored.
  }
}

/** The person's drafts still being prepared on this device (not yet filed). */
export async function localDraftsOf(owner: string): Promise<Draft[]> {
  try {
    const all = await entries<string, unknown>(db());
    return all.flatMap(([storedKey, value]) => {
      if (!storedKey.startsWith(`${owner}|`)) return [];
      const parsed = draftSchema.safeParse(value);
      return parsed.success && !parsed.data.dossierCode ? [parsed.data] : [];
    });
  } catch {
    return [];
  }
}

/** Forgets every draft of this person on this device (sign-out on a shared phone). */
export async function clearLocalDrafts(owner: string): Promise<void> {
  try {
    const all = await entries<string, unknown>(db());
    await Promise.all(all.filter(([storedKey]) => storedKey.startsWith(`${owner}|`)).map(([storedKey]) => del(storedKey, db())));
  } catch {
    // Nothing stored.
  }
}

/** Forgets every draft on this device, whoever's (a fresh device; tests start from one). */
export async function clearAllLocalDrafts(): Promise<void> {
  try {
    await clear(db());
  } catch {
    // Nothing stored.
  }
}

import { useQuery } from '@tanstack/react-query';
import type { Draft } from '@/lib/api-contract/drafts';
import { fetchDraft } from './draft-api';
import { readLocalDraft, removeLocalDraft } from './local-drafts';

/**
 * The draft to resume: the newer of this device's copy and the server's (another device, or a
 * save the device missed). A draft already filed is not resumed: the citizen starts a new one.
 * The server being unreachable is no reason to block the form: the device copy (or nothing) is used.
 */
export async function loadResumableDraft(owner: string, formId: string, signal?: AbortSignal): Promise<Draft | null> {
  const [local, remote] = await Promise.all([readLocalDraft(owner, formId), fetchDraft(formId, signal).catch(() => undefined)]);
  const newest = [local, remote].filter((draft): draft is Draft => draft !== undefined).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!newest) return null;
  if (newest.dossierCode) {
    await removeLocalDraft(owner, formId);
    return null;
  }
  return newest;
}

/**
 * Drafts asked for before their form session mounted (the page's prefetch, while the app starts),
 * each handed to that session's first read and then forgotten: a later session reads afresh. One
 * left unread (the citizen was sent to sign in again) goes stale and is not used.
 */
const early = new Map<string, { draft: Promise<Draft | null>; at: number }>();
const earlyFreshMs = 15_000;
const earlyKey = (owner: string, formId: string) => JSON.stringify([owner, formId]);

export function prefetchResumableDraft(owner: string, formId: string, now = Date.now()): void {
  const draft = loadResumableDraft(owner, formId);
  draft.catch(() => undefined); // reported to the session that reads it, not as unhandled
  early.set(earlyKey(owner, formId), { draft, at: now });
}

function takeEarlyDraft(owner: string, formId: string, now = Date.now()): Promise<Draft | null> | undefined {
  const key = earlyKey(owner, formId);
  const found = early.get(key);
  early.delete(key);
  return found && now - found.at < earlyFreshMs ? found.draft : undefined;
}

/** Asked for only once someone is signed in (`owner`: the subject), whose draft it is. */
export const useResumableDraft = (owner: string, formId: string) =>
  useQuery({
    queryKey: ['draft', owner, formId],
    queryFn: ({ signal }) => takeEarlyDraft(owner, formId) ?? loadResumableDraft(owner, formId, signal),
    enabled: owner !== '',
    // Read afresh whenever a form session starts: another tab or device may have saved since.
    staleTime: 0,
    gcTime: 0,
    retry: false,
    // Read once per form session: the session's own autosave is newer than anything fetched later.
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

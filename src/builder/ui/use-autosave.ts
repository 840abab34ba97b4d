import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuthoringDraft } from '@/lib/api-contract/authoring';
import type { FormSchema } from '@/schema/create-form-schema';
import { useSaveAuthoringDraft } from '../api/save-authoring-draft';

/** Edits are saved this long after the last keystroke: a burst of typing is one save. */
export const autosaveDelayMs = 800;
/** After a failed save (offline, server down) the next attempt comes after this long. */
export const autosaveRetryMs = 5000;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' }
  | { kind: 'conflict'; current: AuthoringDraft | null; currentRevision: number };

/**
 * Saves the author's document to the drafts API after every change (debounced), on the server
 * revision it builds on, so two authors never overwrite each other silently: a conflict stops
 * autosave until the author chooses whose draft to keep.
 */
export function useAutosave(formId: string, document: FormSchema, changeCount: number, initialRevision: number) {
  const save = useSaveAuthoringDraft(formId).mutateAsync;
  const serverRevision = useRef(initialRevision);
  const savedChange = useRef(changeCount);
  const latest = useRef({ document, changeCount });
  useEffect(() => {
    latest.current = { document, changeCount };
  }, [document, changeCount]);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [hasDraft, setHasDraft] = useState(initialRevision > 0);
  const inFlight = useRef<Promise<void> | undefined>(undefined);

  const saveNow = useCallback(async (): Promise<void> => {
    if (inFlight.current) await inFlight.current;
    const { document: snapshot, changeCount: change } = latest.current;
    if (change === savedChange.current) return;
    setStatus({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const result = await save({ revision: serverRevision.current, document: { ...snapshot } });
        if (result.status === 'stale') {
          setStatus({ kind: 'conflict', current: result.current, currentRevision: result.currentRevision });
          return;
        }
        serverRevision.current = result.draft.revision;
        savedChange.current = change;
        setHasDraft(true);
        setStatus(latest.current.changeCount === change ? { kind: 'saved', at: result.draft.savedAt } : { kind: 'unsaved' });
      } catch {
        setStatus({ kind: 'failed' });
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = undefined;
  }, [save]);

  const blocked = status.kind === 'conflict';
  useEffect(() => {
    if (blocked || changeCount === savedChange.current) return;
    setStatus((current) => (current.kind === 'saving' ? current : { kind: 'unsaved' }));
    const timer = setTimeout(() => void saveNow(), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [changeCount, blocked, saveNow]);

  useEffect(() => {
    if (status.kind !== 'failed') return;
    const timer = setTimeout(() => void saveNow(), autosaveRetryMs);
    return () => clearTimeout(timer);
  }, [status, saveNow]);

  return {
    status,
    /** Something to publish: a draft on the server, or edits on their way there. */
    hasChanges: hasDraft || ['unsaved', 'saving', 'failed', 'conflict'].includes(status.kind),
    /** Saves pending changes now (before publishing); the revision the server holds afterwards. */
    flush: async (): Promise<number> => {
      await saveNow();
      return serverRevision.current;
    },
    /** Conflict: overwrite the other save with this document. */
    keepMine: () => {
      if (status.kind !== 'conflict') return;
      serverRevision.current = status.currentRevision;
      savedChange.current = -1;
      void saveNow();
    },
    /** Conflict or publish: from now on build on the server's revision (after loading its document). */
    adopt: (revision: number, change: number) => {
      serverRevision.current = revision;
      savedChange.current = change;
      setHasDraft(revision > 0);
      setStatus({ kind: 'idle' });
    },
  };
}

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { useLocation } from '@/lib/navigation';
import { isApiError } from '@/lib/api-client';
import type { Draft } from '@/lib/api-contract/drafts';
import { useEForm } from '@/renderer/eform-provider';
import type { FormSchema } from '@/schema/create-form-schema';
import { saveDraftRemote } from './draft-api';
import { readLocalDraft, writeLocalDraft } from './local-drafts';

/** Quiet time after the last change before the draft is written: "within a second". */
export const autosaveDelayMs = 600;

export type DraftSaveState = 'unsaved' | 'saving' | 'saved' | 'saved-on-device';

interface DraftSession {
  /** The page the citizen left off on, when resuming. */
  resumePageId: string | undefined;
  /** The key that files this dossier once, whichever tab, device or retry submits it. */
  idempotencyKey: string;
  saveState: DraftSaveState;
  /** Writes what is typed so far now, without waiting for the quiet time. */
  flush(): Promise<void>;
  /** The dossier already filed from this draft (in another tab, or before a lost response). */
  filedAs(): Promise<string | undefined>;
  /** Records the filing, so no other tab files it again and the lists show it as filed. */
  markFiled(dossierCode: string): Promise<void>;
}

const DraftContext = createContext<DraftSession | null>(null);

export function useDraftSession(): DraftSession {
  const session = useContext(DraftContext);
  if (!session) throw new Error('useDraftSession must be used inside <DraftSessionProvider>');
  return session;
}

/** `/bieu-mau/:id/buoc/:pageId` → the page id; `/kiem-tra` → `kiem-tra`. */
const pageOf = (pathname: string): string | undefined => /\/(?:buoc\/([^/]+)|(kiem-tra))$/.exec(pathname)?.slice(1).find(Boolean);

const retryable = (error: unknown) => !isApiError(error) || error.kind === 'network' || error.status >= 500;

interface DraftSessionProviderProps {
  /** Whose draft: the signed-in person's subject. */
  owner: string;
  schema: FormSchema;
  /** The draft being resumed, if any. */
  resumed: Draft | undefined;
  /** The provenance of the answers now (from prefill, which this feature does not import). */
  prefillSnapshot(): Draft['prefill'];
  /** Changes whenever the provenance does: a fill is a change worth saving. */
  prefillVersion: unknown;
  children: ReactNode;
}

/**
 * Autosave of the dossier being prepared: every change (typed, pre-filled, another page) is
 * written to this device and to the drafts API once the citizen pauses. A save the server could
 * not take (offline, 5xx) is sent again when the connection returns; the device copy never waits.
 * Nothing is saved for a form the citizen only looked at.
 */
export function DraftSessionProvider({ owner, schema, resumed, prefillSnapshot, prefillVersion, children }: DraftSessionProviderProps) {
  const { getValues } = useFormContext();
  const { answers } = useEForm();
  const { pathname } = useLocation();
  const [saveState, setSaveState] = useState<DraftSaveState>(resumed ? 'saved' : 'unsaved');
  const idempotencyKey = useMemo(() => resumed?.idempotencyKey ?? crypto.randomUUID(), [resumed]);
  const started = useRef(resumed !== undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const remotePending = useRef(false);
  const latest = useRef({ prefillSnapshot, pathname });
  useEffect(() => {
    latest.current = { prefillSnapshot, pathname };
  }, [prefillSnapshot, pathname]);

  const snapshot = useCallback(
    (): Draft => ({
      formId: schema.id,
      formVersion: schema.version,
      pageId: pageOf(latest.current.pathname),
      answers: getValues(),
      prefill: latest.current.prefillSnapshot(),
      idempotencyKey,
      updatedAt: new Date().toISOString(),
    }),
    [schema, getValues, idempotencyKey],
  );

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!started.current) return;
    const draft = snapshot();
    setSaveState('saving');
    await writeLocalDraft(owner, draft);
    try {
      await saveDraftRemote(draft);
      remotePending.current = false;
      setSaveState('saved');
    } catch (error) {
      // A newer save is already there (another tab): this one is not needed. Otherwise try again later.
      remotePending.current = retryable(error);
      setSaveState(remotePending.current ? 'saved-on-device' : 'saved');
    }
  }, [owner, snapshot]);

  const schedule = useCallback(() => {
    if (!started.current) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), autosaveDelayMs);
  }, [save]);

  // Typed changes start the draft; every change after that is saved.
  // Input is announced before its value is set, so the first keystroke already counts.
  useEffect(
    () =>
      answers.onInput(() => {
        started.current = true;
      }),
    [answers],
  );
  useEffect(() => answers.onChange(schedule), [answers, schedule]);

  // Moving on to another page is progress worth keeping too (a form the citizen continued).
  const page = pageOf(pathname);
  const firstPage = useRef(page);
  useEffect(() => {
    if (page !== firstPage.current) started.current = true;
    schedule();
  }, [page, schedule]);
  useEffect(() => schedule(), [prefillVersion, schedule]);

  // Back online: the server gets what only the device has.
  useEffect(() => {
    const resend = () => {
      if (remotePending.current) void save();
    };
    window.addEventListener('online', resend);
    return () => window.removeEventListener('online', resend);
  }, [save]);

  // Leaving (sign-in again after expiry, another route, closing the tab): keep the last keystrokes.
  useEffect(() => {
    const flushNow = () => {
      if (timer.current !== undefined) void save();
    };
    window.addEventListener('pagehide', flushNow);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      flushNow();
    };
  }, [save]);

  const value = useMemo<DraftSession>(
    () => ({
      resumePageId: resumed?.pageId,
      idempotencyKey,
      saveState,
      flush: async () => {
        started.current = true;
        await save();
      },
      filedAs: async () => (await readLocalDraft(owner, schema.id))?.dossierCode,
      markFiled: async (dossierCode) => {
        clearTimeout(timer.current);
        timer.current = undefined;
        const filed = { ...snapshot(), dossierCode };
        started.current = false; // nothing more to save for this dossier
        await writeLocalDraft(owner, filed);
        await saveDraftRemote(filed).catch(() => undefined);
      },
    }),
    [resumed, idempotencyKey, saveState, save, owner, schema.id, snapshot],
  );
  return <DraftContext.Provider value={value}>{children}</DraftContext.Provider>;
}

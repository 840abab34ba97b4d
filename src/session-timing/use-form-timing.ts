import { useQueryClient, type Mutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useFormContext, useFormState, type FieldErrors } from 'react-hook-form';
import type { TimingEventInput } from '@/lib/api-contract/sessions';
import type { FormSchema } from '@/schema/create-form-schema';
import { useEForm } from '@/renderer/eform-provider';
import { predictFormTime } from '@/engine/predict-form-time';
import { flushPendingEvents, recordEvent, type SessionMeta } from './recorder';
import { currentRun, endSession, sessionIdFor } from './run';
import { topLevelFieldId } from '@/schema/ids';

export interface FormTimingInput {
  schema: FormSchema;
  /** ISO time the identity token was issued: the session's start. */
  signedInAt: string;
  /** The page the citizen is on (`kiem-tra` for check your answers); undefined elsewhere. */
  pageId: string | undefined;
  /** Answer paths the registries filled. */
  prefilledPaths: readonly string[];
  /** Tells the dossier submission apart from other mutations of the query cache. */
  isSubmission(mutation: Mutation<unknown, unknown, unknown, unknown>): boolean;
}

const activityEveryMs = 10_000;
const flushAfterMs = 3_000;

/**
 * Records the timing events of one form session — pages entered and left, first inputs, errors
 * shown, pre-filled fields, submit attempted and acknowledged — with ids and counts only, never
 * a value. Listens from outside the renderer: the citizen's input, its error state, the
 * prefill result and the submission mutation.
 */
export function useFormTiming({ schema, signedInAt, pageId, prefilledPaths, isSubmission }: FormTimingInput): void {
  const { getValues } = useFormContext();
  const { answers } = useEForm();
  const { errors } = useFormState();
  const queryClient = useQueryClient();
  const session = useMemo(() => sessionIdFor(schema.id, signedInAt), [schema.id, signedInAt]);
  const meta = useMemo<SessionMeta>(() => ({ formId: schema.id, formVersion: schema.version, run: currentRun() }), [schema.id, schema.version]);
  const state = useRef({ typed: new Set<string>(), erroneous: new Set<string>(), prefilled: new Set<string>(), lastActivity: 0, flushTimer: 0 });

  const record = useMemo(() => {
    const flushSoon = () => {
      window.clearTimeout(state.current.flushTimer);
      state.current.flushTimer = window.setTimeout(() => void flushPendingEvents(), flushAfterMs);
    };
    return (event: TimingEventInput, at?: number) => {
      // Signed out mid-form: nothing to attribute the time to.
      if (signedInAt === '') return;
      void recordEvent(session.id, meta, event, at).then(flushSoon);
    };
  }, [session.id, meta, signedInAt]);

  useEffect(() => {
    if (!session.isNew) return;
    record({ type: 'signed-in' }, Date.parse(signedInAt));
    record({ type: 'form-opened', formId: schema.id, formVersion: schema.version });
  }, [session, record, signedInAt, schema.id, schema.version]);

  useEffect(() => {
    if (pageId === undefined) return undefined;
    record({ type: 'page-entered', pageId });
    return () => record({ type: 'page-left', pageId });
  }, [pageId, record]);

  useEffect(() => {
    return answers.onInput((name) => {
      const fieldId = topLevelFieldId(name);
      const seen = state.current;
      if (!seen.typed.has(fieldId) || seen.erroneous.has(fieldId)) {
        seen.typed.add(fieldId);
        seen.erroneous.delete(fieldId);
        record({ type: 'first-input', fieldId });
      } else if (Date.now() - seen.lastActivity > activityEveryMs) {
        record({ type: 'activity' });
      }
      seen.lastActivity = Date.now();
    });
  }, [answers, record]);

  const errorIds = Object.keys(errors as FieldErrors).sort().join(',');
  useEffect(() => {
    const shown = errorIds === '' ? [] : errorIds.split(',');
    const fresh = shown.filter((id) => !state.current.erroneous.has(id));
    shown.forEach((id) => state.current.erroneous.add(id));
    if (fresh.length > 0) record({ type: 'validation-error', pageId: pageId ?? '', fieldIds: fresh });
    // Only a change of the errors shown is an event; the page is context.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errorIds, record]);

  useEffect(() => {
    const fresh = [...new Set(prefilledPaths.map(topLevelFieldId))].filter((id) => !state.current.prefilled.has(id));
    fresh.forEach((id) => state.current.prefilled.add(id));
    if (fresh.length > 0) record({ type: 'prefill-resolved', fieldIds: fresh });
  }, [prefilledPaths, record]);

  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || !isSubmission(event.mutation)) return;
        if (event.action.type === 'pending') {
          const filled = new Set(prefilledPaths);
          const predicted = predictFormTime(schema, getValues(), (path) => filled.has(path));
          record({ type: 'submit-attempted', answerCount: predicted.answers, prefilledCount: predicted.prefilled, predictedSeconds: predicted.seconds });
        } else if (event.action.type === 'success') {
          const data = event.action.data as { dossierCode?: unknown } | undefined;
          if (typeof data?.dossierCode !== 'string') return;
          void recordEvent(session.id, meta, { type: 'submit-acknowledged', dossierCode: data.dossierCode }).then(() => flushPendingEvents());
          endSession(schema.id, signedInAt);
        }
      }),
    [queryClient, isSubmission, prefilledPaths, schema, getValues, record, session.id, meta, signedInAt],
  );

  // Events an earlier page load could not send go first.
  useEffect(() => {
    void flushPendingEvents();
  }, []);

  // Leaving the page (closing the tab, switching app on a phone) is the last chance to send.
  useEffect(() => {
    const onHide = () => void flushPendingEvents();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);
}

import { lazy, Suspense, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch, useParams } from '@/lib/navigation';
import { defaultAnswers } from '@/engine/default-answers';
import { firstPageId } from '@/engine/journey';
import { isApiError } from '@/lib/api-client';
import type { FormSchema } from '@/schema/create-form-schema';
import { RequireSignIn } from '@/identity/require-sign-in';
import { useSession } from '@/identity/use-session';
import { currentSession } from '@/identity/session-store';
import type { Draft } from '@/lib/api-contract/drafts';
import { DraftSessionProvider, useDraftSession } from '@/submission/drafts/draft-session';
import { prefetchResumableDraft, useResumableDraft } from '@/submission/drafts/use-resumable-draft';
import { EFormProvider } from '@/renderer/eform-provider';
import { RendererServicesProvider } from '@/renderer/renderer-context';
import { PrefillProvider, usePrefillModel } from '@/prefill/prefill-provider';
import { usePrefillServices } from '@/prefill/use-prefill-services';
import { publishedFormQueryOptions, usePublishedForm } from '../queries/get-published-form';
import type { PagePrefetch } from '../router';
import { SchemaError } from '../schema-error';
import { useFormTimingProbe } from '../use-form-timing-probe';
import { withTexts } from '../page-texts';
import { NotFoundRoute } from './not-found';
import { FormPageRoute } from './form-page-route';
import { FormSessionContext, useFormSession, type FormSession } from './form-session-context';

/** Check your answers loads while the citizen is on the first page, not before it. */
const loadCheckAnswers = withTexts(['dossiers'], () => import('./check-answers-route'));
const CheckAnswersRoute = lazy(loadCheckAnswers);

/**
 * Opened from its address, the form and a signed-in citizen's draft are asked for as soon as this
 * code is in, while the app shell is still drawing: the first page shows a round trip sooner.
 */
export const prefetch: PagePrefetch = ({ formId = '' }, queryClient) => {
  void queryClient.prefetchQuery(publishedFormQueryOptions(formId));
  const owner = currentSession()?.user.sub;
  if (owner) prefetchResumableDraft(owner, formId);
};

/**
 * `/bieu-mau/:formId/…`: loads the published form schema and holds the citizen's answers while
 * they go from page to page. The pages are routes inside it, so the answers outlive each page.
 */
export default function FormSessionRoute() {
  const { formId = '' } = useParams();
  const { t } = useTranslation();
  const form = usePublishedForm(formId);
  // A signed-in citizen's draft is asked for alongside the form, not after it: one round trip
  // fewer before the first page shows. Nobody signed in: asked for once they are.
  const owner = useSession()?.user.sub ?? '';
  const draft = useResumableDraft(owner, formId);
  if (form.isPending) return <p role="status">{t('app.loading')}</p>;
  if (form.isError) {
    if (isApiError(form.error) && form.error.status === 404) return <NotFoundRoute message={t('errors.formNotFound')} />;
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('errors.formLoadFailed')}</p>
        <button type="button" className="button button--secondary" onClick={() => void form.refetch()}>
          {t('errors.retry')}
        </button>
      </div>
    );
  }
  if (!form.data.ok) return <SchemaError issues={form.data.issues} />;
  return (
    <RequireSignIn level={form.data.schema.procedure.identityLevel}>
      <ResumeDraft latest={form.data.schema} owner={owner} draft={draft} />
    </RequireSignIn>
  );
}

/**
 * Picks up where the citizen left off (this device or another): the draft's answers, page and
 * provenance, on the form version the draft was started on while that version is still served.
 */
function ResumeDraft({ latest, owner, draft }: { latest: FormSchema; owner: string; draft: UseQueryResult<Draft | null> }) {
  const { t } = useTranslation();
  const draftVersion = draft.data && draft.data.formVersion !== latest.version ? draft.data.formVersion : undefined;
  const versioned = usePublishedForm(latest.id, draftVersion);
  if (draft.isPending || (draftVersion !== undefined && versioned.isPending)) return <p role="status">{t('app.loading')}</p>;
  // A draft of a version no longer served continues on the latest: its answers still count.
  const schema = draftVersion !== undefined && versioned.data?.ok ? versioned.data.schema : latest;
  return <FormSession schema={schema} owner={owner} draft={draft.data ?? undefined} />;
}

function FormSession({ schema, owner, draft }: FormSession & { owner: string; draft: Draft | undefined }) {
  const defaults = useMemo(() => ({ ...defaultAnswers(schema), ...draft?.answers }), [schema, draft]);
  const context = useMemo<FormSession>(() => ({ schema }), [schema]);
  const { t } = useTranslation();
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return void loadCheckAnswers(); // Safari
    const idle = requestIdleCallback(() => void loadCheckAnswers());
    return () => cancelIdleCallback(idle);
  }, []);
  return (
    <EFormProvider key={`${schema.id}@${schema.version}`} schema={schema} defaultValues={defaults}>
      <PrefillProvider schema={schema} initial={draft?.prefill}>
        <Autosave owner={owner} schema={schema} resumed={draft}>
          <PrefillRendererServices>
            <div className="layout-narrow">
              <FormSessionContext.Provider value={context}>
                <Switch>
                  <Route path="/bieu-mau/:formId">
                    <FormStartRoute />
                  </Route>
                  <Route path="/bieu-mau/:formId/buoc/:pageId">
                    <FormPageRoute />
                  </Route>
                  <Route path="/bieu-mau/:formId/kiem-tra">
                    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                      <CheckAnswersRoute />
                    </Suspense>
                  </Route>
                  <Route>
                    <NotFoundRoute />
                  </Route>
                </Switch>
              </FormSessionContext.Provider>
            </div>
          </PrefillRendererServices>
        </Autosave>
      </PrefillProvider>
    </EFormProvider>
  );
}

/** Drafts are saved with the provenance of their answers: prefill tells, submission keeps. */
function Autosave({ children, ...props }: { owner: string; schema: FormSchema; resumed: Draft | undefined; children: ReactNode }) {
  const { entries, snapshot } = usePrefillModel();
  const prefillSnapshot = useCallback((): Draft['prefill'] => {
    const { entries: current, typed } = snapshot();
    return { entries: { ...current }, typed: [...typed] };
  }, [snapshot]);
  return (
    <DraftSessionProvider {...props} prefillSnapshot={prefillSnapshot} prefillVersion={entries}>
      {children}
    </DraftSessionProvider>
  );
}

/** The renderer learns from prefill which answers are locked and where each came from. */
function PrefillRendererServices({ children }: { children: ReactNode }) {
  useFormTimingProbe();
  return <RendererServicesProvider value={usePrefillServices()}>{children}</RendererServicesProvider>;
}

/** `/bieu-mau/:formId` starts at the first page, or where a resumed draft left off. */
function FormStartRoute() {
  const { schema } = useFormSession();
  const { resumePageId } = useDraftSession();
  const { getValues } = useFormContext();
  const base = `/bieu-mau/${schema.id}`;
  if (resumePageId === 'kiem-tra') return <Redirect to={`${base}/kiem-tra`} />;
  return <Redirect to={`${base}/buoc/${resumePageId ?? firstPageId(schema, getValues()) ?? ''}`} />;
}

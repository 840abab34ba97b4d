import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useOutletContext, useParams } from 'react-router';
import { defaultAnswers } from '@/engine/default-answers';
import { firstPageId } from '@/engine/journey';
import { isApiError } from '@/lib/api-client';
import type { FormSchema } from '@/schema/create-form-schema';
import { RequireSignIn } from '@/identity/require-sign-in';
import { EFormProvider } from '@/renderer/eform-provider';
import { RendererServicesProvider } from '@/renderer/renderer-context';
import { PrefillProvider } from '@/prefill/prefill-provider';
import { usePrefillServices } from '@/prefill/use-prefill-services';
import { usePublishedForm } from '../queries/get-published-form';
import { SchemaError } from '../schema-error';
import { NotFoundRoute } from './not-found';

interface FormSession {
  schema: FormSchema;
}

export const useFormSession = () => useOutletContext<FormSession>();

/** Loads the published form schema and holds the citizen's answers while they go page to page. */
export function FormSessionRoute() {
  const { formId = '' } = useParams();
  const { t } = useTranslation();
  const form = usePublishedForm(formId);
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
      <FormSession schema={form.data.schema} />
    </RequireSignIn>
  );
}

function FormSession({ schema }: FormSession) {
  const defaults = useMemo(() => defaultAnswers(schema), [schema]);
  const context = useMemo<FormSession>(() => ({ schema }), [schema]);
  return (
    <EFormProvider key={`${schema.id}@${schema.version}`} schema={schema} defaultValues={defaults}>
      <PrefillProvider schema={schema}>
        <PrefillRendererServices>
          <div className="layout-narrow">
            <Outlet context={context} />
          </div>
        </PrefillRendererServices>
      </PrefillProvider>
    </EFormProvider>
  );
}

/** The renderer learns from prefill which answers are locked and where each came from. */
function PrefillRendererServices({ children }: { children: ReactNode }) {
  return <RendererServicesProvider value={usePrefillServices()}>{children}</RendererServicesProvider>;
}

/** `/bieu-mau/:formId` starts at the first page. */
export function FormStartRoute() {
  const { schema } = useFormSession();
  return <Navigate to={`/bieu-mau/${schema.id}/buoc/${firstPageId(schema, defaultAnswers(schema)) ?? ''}`} replace />;
}

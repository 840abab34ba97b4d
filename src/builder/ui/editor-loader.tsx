import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoringDraft } from '@/lib/api-contract/authoring';
import type { FormSchema } from '@/schema/create-form-schema';
import type { Locale } from '@/schema/localized-text';
import { useAuthoringDraft } from '../api/get-authoring-draft';
import { useAuthoringForms } from '../api/get-authoring-forms';
import { toEditableDocument } from '../state/editable-document';
import type { BuilderServices } from './builder-context';
import { FormEditor } from './form-editor';
import { usePublishedVersion } from './use-published-version';

/**
 * `/soan-bieu-mau/:formId`: opens the form's draft, or its latest published version when there is
 * no draft (the first edit starts one). Read once; from then on the editor's state is the copy.
 */
export function EditorLoader({ formId, services, locale }: { formId: string; services: BuilderServices; locale: Locale }) {
  const { t } = useTranslation('builder');
  const forms = useAuthoringForms();
  const draft = useAuthoringDraft(formId);
  const summary = forms.data?.forms.find((form) => form.id === formId);
  const latest = summary?.versions.at(-1)?.version ?? null;
  const published = usePublishedVersion(formId, draft.data === null ? latest : null);
  // Latched once: later changes of the cached draft (our own saves, publishing) must not reopen the editor.
  const [opened, setOpened] = useState<{ document: FormSchema; draft: AuthoringDraft | null }>();
  const ready = draft.isSuccess ? (draft.data ? toEditableDocument(draft.data.document) : published.schema) : undefined;
  if (!opened && ready && draft.isSuccess) setOpened({ document: ready, draft: draft.data });
  if (forms.isError || draft.isError || published.failed) {
    return (
      <div className="notice notice--error layout-narrow" role="alert">
        <p>{t('loadFailed')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void forms.refetch();
            void draft.refetch();
          }}
        >
          {t('retry')}
        </button>
      </div>
    );
  }
  if (forms.isSuccess && !summary) return <p className="notice notice--error">{t('loadFailed')}</p>;
  if (!summary || !opened) return <p role="status">{t('loading')}</p>;
  return <FormEditor key={formId} document={opened.document} draft={opened.draft} summary={summary} services={services} locale={locale} />;
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type Locale } from '@/schema/localized-text';
import { usePreviewPersonas } from '../../api/get-preview-personas';
import { usePreviewToken } from '../../api/get-preview-token';
import { findField } from '../../state/field-tree';
import { useBuilder } from '../builder-context';

/**
 * The form exactly as a citizen sees it, beside the editor and updated as it changes; choosing a
 * test persona shows what auto-fill brings them (their records, read with their own token).
 */
export function PreviewPane({ locale }: { locale: Locale }) {
  const { t } = useTranslation('builder');
  const id = useId();
  const { state, services } = useBuilder();
  const { Preview } = services;
  const personas = usePreviewPersonas();
  const [personaId, setPersonaId] = useState<string | undefined>();
  const token = usePreviewToken(personaId);
  const { document, selection } = state;
  const [chosenPage, setChosenPage] = useState<string | undefined>();
  // Follow the author: selecting a page or a field on the canvas shows that page.
  const selectedPage =
    selection.kind === 'page'
      ? selection.pageId
      : selection.kind === 'field'
        ? findField(document, selection.fieldId)?.slot.pageId
        : undefined;
  const pageId = [chosenPage, selectedPage, document.pages[0]?.id].find((candidate) => document.pages.some((page) => page.id === candidate)) ?? '';
  const access = personaId && token.data ? { key: personaId, token: token.data.accessToken } : undefined;

  return (
    <div className="builder-preview">
      <div className="builder-preview__controls">
        <div className="form-group">
          <label className="label" htmlFor={`${id}-persona`}>
            {t('preview.persona')}
          </label>
          <select id={`${id}-persona`} className="input" value={personaId ?? ''} onChange={(event) => setPersonaId(event.target.value || undefined)}>
            <option value="">{t('preview.noPersona')}</option>
            {personas.data?.personas.map((persona) => (
              <option key={persona.id} value={persona.id}>
                {persona.hoVaTen} — {persona.story[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${id}-page`}>
            {t('preview.page')}
          </label>
          <select id={`${id}-page`} className="input" value={pageId} onChange={(event) => setChosenPage(event.target.value)}>
            {document.pages.map((page, index) => (
              <option key={page.id} value={page.id}>
                {t('canvas.page', { number: index + 1, title: localize(page.title, locale) })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {personaId && token.isError ? <p className="notice notice--warning">{t('preview.tokenFailed')}</p> : null}
      <p className="hint">{t('preview.note')}</p>
      <div className="builder-preview__frame" lang={locale}>
        {personaId && token.isPending ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <Preview key={access?.key ?? 'anonymous'} schema={document} access={access} pageId={pageId} onPageChange={setChosenPage} />
        )}
      </div>
    </div>
  );
}

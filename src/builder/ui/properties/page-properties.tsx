import { useTranslation } from 'react-i18next';
import { fieldRegistry } from '@/fields/registry';
import { LocalizedTextControl, OptionalLocalizedTextControl } from '@/fields/shared/panel/localized-text-control';
import type { FormPage } from '@/schema/create-form-schema';
import { pageIdSchema } from '@/schema/ids';
import type { Locale } from '@/schema/localized-text';
import { allFields } from '../../state/field-tree';
import { useBuilder } from '../builder-context';
import { ConditionEditor } from './condition-editor';
import { IdEditor } from './id-editor';

/** Title, description, id and visibility of one page (one step of the citizen's journey). */
export function PageProperties({ pageId, locale }: { pageId: string; locale: Locale }) {
  const { t } = useTranslation('builder');
  const { state, dispatch } = useBuilder();
  const { pages } = state.document;
  const index = pages.findIndex((page) => page.id === pageId);
  const page = pages[index];
  if (!page) return null;
  const set = (changes: Partial<FormPage>, merge?: string) => {
    const next: FormPage = { ...page, ...changes };
    if (next.description === undefined) delete next.description;
    if (next.visibleIf === undefined) delete next.visibleIf;
    dispatch({ type: 'update-page', pageId, page: next, merge });
  };
  const fields = [...allFields(state.document)].map((entry) => entry.field);
  const answerFields = fields.filter((field) => fieldRegistry.of(field).hasAnswer && !fieldRegistry.of(field).container);
  return (
    <section aria-labelledby="builder-page-title" className="builder-properties">
      <h2 className="section-heading" id="builder-page-title" tabIndex={-1}>
        {t('page.title')} {index + 1}
      </h2>
      <IdEditor
        key={page.id}
        label={t('page.id')}
        hint={t('page.idHint')}
        value={page.id}
        problem={(text) => (!pageIdSchema.safeParse(text).success ? 'page.idInvalid' : pages.some((other) => other.id === text) ? 'page.idTaken' : undefined)}
        onRename={(id) => set({ id })}
      />
      <LocalizedTextControl label={t('page.pageTitle')} value={page.title} locale={locale} onChange={(title) => set({ title: title }, 'title')} />
      <OptionalLocalizedTextControl
        label={t('page.description')}
        value={page.description}
        multiline
        locale={locale}
        onChange={(description) => set({ description }, 'description')}
      />
      <ConditionEditor
        legend={t('condition.visibleIf')}
        value={page.visibleIf}
        candidates={answerFields}
        knownIds={new Set(fields.map((field) => field.id))}
        locale={locale}
        onChange={(visibleIf) => set({ visibleIf })}
      />
      <div className="button-group">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => dispatch({ type: 'move-page', pageId, index: index - 1 })}>
          {t('page.moveUp')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={index === pages.length - 1}
          onClick={() => dispatch({ type: 'move-page', pageId, index: index + 1 })}
        >
          {t('page.moveDown')}
        </button>
        <button type="button" className="button button--warning" disabled={pages.length <= 1} onClick={() => dispatch({ type: 'remove-page', pageId })}>
          {t('page.remove')}
        </button>
      </div>
      {pages.length <= 1 ? <p className="hint">{t('page.removeLast')}</p> : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { localize, type Locale } from '@/schema/localized-text';
import { useBuilder } from '../builder-context';
import { FieldList } from './field-list';

/** The form's pages in order, each with its sortable fields; selecting a page or field opens its properties. */
export function Canvas({ locale }: { locale: Locale }) {
  const { t } = useTranslation('builder');
  const { state, dispatch } = useBuilder();
  const { selection } = state;
  return (
    <section className="builder-canvas" aria-labelledby="builder-canvas-title">
      <h2 className="section-heading" id="builder-canvas-title">
        {t('canvas.title')}
      </h2>
      {state.document.pages.map((page, index) => {
        const selected = selection.kind === 'page' && selection.pageId === page.id;
        return (
          <section key={page.id} className={`builder-page${selected ? ' builder-page--selected' : ''}`} aria-labelledby={`builder-page-${page.id}`}>
            <h3 className="builder-page__title" id={`builder-page-${page.id}`}>
              {t('canvas.page', { number: index + 1, title: localize(page.title, locale) })}
            </h3>
            <p className="builder-page__meta">
              {t('canvas.fieldCount', { count: page.fields.length })}
              {page.visibleIf !== undefined ? <span className="tag">{t('canvas.conditionalPage')}</span> : null}
            </p>
            <button
              type="button"
              className="button button--link builder-page__select"
              aria-pressed={selected}
              onClick={() => dispatch({ type: 'select', selection: { kind: 'page', pageId: page.id } })}
            >
              {t('canvas.selectPage', { number: index + 1 })}
            </button>
            <FieldList pageId={page.id} fields={page.fields} locale={locale} />
          </section>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'add-page' })}>
        {t('canvas.addPage')}
      </button>
    </section>
  );
}

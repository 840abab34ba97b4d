import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleAnswerFields, visiblePages } from '@/engine/visibility';
import type { FormatContext } from '@/fields/field-definition';
import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import { localize } from '@/schema/localized-text';
import { useLocale } from './use-locale';

interface AnswerSummaryProps {
  schema: FormSchema;
  answers: Readonly<Record<string, unknown>>;
  /** Where "Change" goes for a field; no link for a field when it returns undefined, none at all when absent (receipt). */
  changeHref?(pageId: string, fieldId: string): string | undefined;
  renderChangeLink?(href: string, children: ReactNode): ReactNode;
  /** Extra line under an answer (where the value came from). */
  answerNote?(field: BaseFieldConfig): ReactNode;
  headingLevel?: 'h2' | 'h3';
}

/** Builds the context type formatters use, including formatting of children. */
export function useFormatContext(): FormatContext {
  const { t } = useTranslation();
  const locale = useLocale();
  const context: FormatContext = {
    locale,
    t: (key, values) => t(key, values ?? {}),
    formatField: (config, answer) => fieldRegistry.of(config).formatAnswer(answer, config, context),
  };
  return context;
}

/** Check-your-answers and receipt summary: one card per visible page, one row per visible answer. */
export function AnswerSummary({ schema, answers, changeHref, renderChangeLink, answerNote, headingLevel = 'h2' }: AnswerSummaryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormatContext();
  const Heading = headingLevel;
  return (
    <>
      {visiblePages(schema, answers).map((page) => {
        const fields = visibleAnswerFields(page.fields, answers);
        if (fields.length === 0) return null;
        const pageTitle = localize(page.title, locale);
        return (
          <section className="summary-card" key={page.id} aria-labelledby={`summary-${page.id}`}>
            <div className="summary-card__title-wrapper">
              <Heading className="summary-card__title" id={`summary-${page.id}`}>{pageTitle}</Heading>
            </div>
            <dl className="summary-list">
              {fields.map((field) => {
                const label = localize(field.label, locale);
                const text = format.formatField(field, answers[field.id]);
                const href = changeHref?.(page.id, field.id);
                return (
                  <div className="summary-list__row" key={field.id}>
                    <dt className="summary-list__key">{label}</dt>
                    <dd className="summary-list__value">
                      {text === '' ? <span className="unanswered">{t('renderer.notAnswered')}</span> : text}
                      {answerNote?.(field)}
                    </dd>
                    {href && renderChangeLink ? (
                      <dd className="summary-list__actions">
                        {renderChangeLink(
                          href,
                          <>
                            {t('renderer.change')}{' '}
                            <span className="visually-hidden">{label}</span>
                          </>,
                        )}
                      </dd>
                    ) : null}
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </>
  );
}

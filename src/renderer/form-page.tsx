import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { visibleAnswerFields } from '@/engine/visibility';
import { fieldRegistry } from '@/fields/registry';
import type { FormPage as FormPageConfig } from '@/schema/create-form-schema';
import { localize } from '@/schema/localized-text';
import { DetachedForm } from './detached-form';
import { useEForm } from './eform-provider';
import { ErrorSummary } from './error-summary';
import { FieldHost } from './field-host';
import { flattenErrors } from './flatten-errors';
import { translateMessage } from './translate-message';
import { PageTextProvider } from './page-text';
import { useLocale } from './use-locale';

interface FormPageProps {
  page: FormPageConfig;
  step: { index: number; total: number };
  backLink?: ReactNode;
  continueLabel: string;
  /** Move focus to the heading: on arrival from another page, not on first load. */
  focusHeading: boolean;
  /** Show this page's errors on arrival (sent back here from "check your answers"). */
  showErrorsOnArrival?: boolean;
  onValid(): void;
}

const MemoFieldHost = memo(FieldHost);

/**
 * Past this many questions on one page (land, business, construction forms), the page lays out
 * and paints only the groups near the screen (`.form--long` in the styles). Shorter pages are
 * drawn whole: nothing to gain, and a full-page capture or print shows every field.
 */
const longPageFields = 60;

/** One question page: progress, heading, error summary, fields, continue. */
export function FormPage({ page, step, backLink, continueLabel, focusHeading, showErrorsOnArrival = false, onValid }: FormPageProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { schema, setScope } = useEForm();
  const { handleSubmit, trigger, getValues } = useFormContext();
  const { errors } = useFormState();
  const [focusToken, setFocusToken] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = localize(page.title, locale);

  // Read, not watched: the page re-renders when errors change, which is when the summary does;
  // subscribing to every answer would re-render the whole page on each keystroke.
  const pageFields = visibleAnswerFields(page.fields, getValues());
  const order = pageFields.map((field) => field.id);
  const byId = new Map(pageFields.map((field) => [field.id, field]));
  const summary = flattenErrors(errors, order)
    .filter((error) => byId.has(error.path.split('.')[0] ?? ''))
    .map((error) => ({ path: error.path, text: translateMessage(t, locale, error.message, labelOf(error.path)) }));

  function labelOf(path: string): string {
    const [id, , childId] = path.split('.');
    const field = byId.get(id ?? '');
    const child = childId && field ? fieldRegistry.of(field).container?.children(field).find((c) => c.id === childId) : undefined;
    const labelled = child ?? field;
    return labelled ? localize(labelled.label, locale) : '';
  }

  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [page.id, focusHeading]);

  useEffect(() => {
    if (!showErrorsOnArrival) return;
    setScope({ pageId: page.id });
    void trigger().then((valid) => {
      if (!valid) setFocusToken((token) => token + 1);
    });
  }, [showErrorsOnArrival, page.id, setScope, trigger]);

  useEffect(() => {
    const prefix = summary.length > 0 ? `${t('renderer.errorTitlePrefix')} ` : '';
    document.title = `${prefix}${title} – ${localize(schema.title, locale)} – ${t('app.service')}`;
  }, [summary.length, title, schema.title, locale, t]);

  const onSubmit = () => {
    setScope({ pageId: page.id });
    void handleSubmit(
      () => onValid(),
      () => setFocusToken((token) => token + 1),
    )();
  };

  return (
    <>
      {backLink}
      <ErrorSummary errors={summary} focusToken={focusToken} />
      <DetachedForm onSubmit={onSubmit} labelledBy="page-heading" className={pageFields.length > longPageFields ? 'form--long' : undefined}>
        <span className="caption">
          {t('renderer.step', { current: step.index + 1, total: step.total })}{' '}
          <span className="visually-hidden">– {localize(schema.title, locale)}</span>
        </span>
        <ol className="progress" aria-hidden="true">
          {Array.from({ length: step.total }, (_, index) => (
            <li key={index} data-state={index < step.index ? 'done' : index === step.index ? 'current' : 'upcoming'} />
          ))}
        </ol>
        <h1 id="page-heading" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {page.description ? <p className="hint">{localize(page.description, locale)}</p> : null}
        <PageTextProvider t={t} locale={locale}>
          {page.fields.map((field) => (
            <MemoFieldHost key={field.id} field={field} namePrefix="" />
          ))}
        </PageTextProvider>
        <div className="button-group">
          <button type="submit" className="button">
            {continueLabel}
          </button>
        </div>
      </DetachedForm>
    </>
  );
}

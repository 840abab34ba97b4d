import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formSchemaSchema } from '@/fields/registry';
import { localize, type Locale } from '@/schema/localized-text';
import { analyseForm } from '../../analysis/analyse-form';
import { findCatalogAttribute } from '../../analysis/source-catalog';
import { localizeValues, type Finding } from '../../analysis/finding';
import { forecastCompletion } from '../../analysis/forecast';
import { findField } from '../../state/field-tree';
import { useBuilder } from '../builder-context';
import { formatPath } from '@/schema/schema-issues';

const minutesAndSeconds = (total: number) => ({ minutes: Math.floor(total / 60), seconds: Math.round(total % 60) });

/**
 * The authoring aids, recomputed as the author edits (deferred, so typing never waits for them):
 * the predicted completion time with and without auto-fill against the 2025/2026 targets, the
 * structural errors that block publishing, and the once-only, accessibility and logic findings.
 */
export function ChecksPane({ locale }: { locale: Locale }) {
  const { t } = useTranslation('builder');
  const { state, services, dispatch } = useBuilder();
  const document = useDeferredValue(state.document);
  const forecast = useMemo(() => forecastCompletion(document, services.catalog), [document, services.catalog]);
  const findings = useMemo(() => analyseForm(document, services.catalog), [document, services.catalog]);
  const issues = useMemo(() => {
    const parsed = formSchemaSchema.safeParse(document);
    return parsed.success ? [] : parsed.error.issues;
  }, [document]);
  const goTo = (finding: Pick<Finding, 'target'>) =>
    dispatch({
      type: 'select',
      selection: finding.target.fieldId ? { kind: 'field', fieldId: finding.target.fieldId } : { kind: 'page', pageId: finding.target.pageId },
    });
  const labelOf = (fieldId: string) => localize(findField(document, fieldId)?.field.label, locale) || fieldId;
  const errors = findings.filter((finding) => finding.severity === 'error').length + issues.length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;

  return (
    <div className="builder-checks">
      <section aria-labelledby="builder-forecast">
        <h2 className="section-heading" id="builder-forecast">
          {t('checks.forecast')}
        </h2>
        <p className="hint">{t('checks.forecastLead')}</p>
        <dl className="builder-forecast">
          <div>
            <dt>{t('checks.withAutofill')}</dt>
            <dd>{t('checks.minutes', minutesAndSeconds(forecast.withAutofillSeconds))}</dd>
          </div>
          <div>
            <dt>{t('checks.withoutAutofill')}</dt>
            <dd>{t('checks.minutes', minutesAndSeconds(forecast.withoutAutofillSeconds))}</dd>
          </div>
        </dl>
        <p>{t('checks.answers', { prefilled: forecast.prefilled, answers: forecast.answers })}</p>
        <table className="table">
          <caption className="visually-hidden">{t('checks.forecast')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checks.forecast')}</th>
              <th scope="col">{t('checks.withAutofill')}</th>
              <th scope="col">{t('checks.withoutAutofill')}</th>
            </tr>
          </thead>
          <tbody>
            {forecast.targets.map((target) => (
              <tr key={target.year}>
                <th scope="row">{t('checks.target', { year: target.year, minutes: target.targetSeconds / 60 })}</th>
                <td>{target.withAutofill.meets ? t('checks.meets') : <strong>{t('checks.misses')}</strong>}</td>
                <td>{target.withoutAutofill.meets ? t('checks.meets') : <strong>{t('checks.misses')}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {forecast.slowest.length > 0 ? (
          <>
            <h3 className="builder-subheading">{t('checks.slowest')}</h3>
            <ul className="builder-plain-list">
              {forecast.slowest.map((slow) => (
                <li key={slow.fieldId}>
                  <button type="button" className="button button--link" onClick={() => goTo({ target: { pageId: slow.pageId, fieldId: slow.fieldId } })}>
                    {t('checks.slowField', { label: labelOf(slow.fieldId), seconds: Math.round(slow.seconds) })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="builder-findings">
        <h2 className="section-heading" id="builder-findings">
          {t('checks.findings')}
        </h2>
        <p>{t('checks.counts', { errors, warnings })}</p>
        {issues.length > 0 ? (
          <div className="notice notice--error">
            <h3 className="builder-subheading">{t('checks.schemaIssues')}</h3>
            <ul className="builder-plain-list">
              {issues.map((issue, index) => (
                <li key={index}>{t('checks.schemaIssue', { path: formatPath(issue.path), message: issue.message })}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {findings.length === 0 && issues.length === 0 ? <p>{t('checks.none')}</p> : null}
        <ul className="builder-findings">
          {findings.map((finding, index) => (
            <li key={index} className={`builder-finding builder-finding--${finding.severity}`}>
              <p>
                <span className="tag">{t(`checks.severity.${finding.severity}`)}</span> <span className="builder-finding__check">{t(`checks.checkNames.${finding.check}`)}</span>
              </p>
              <p>{t(finding.message.key, localizeValues(finding.message.values, locale))}</p>
              <div className="button-group">
                <button type="button" className="button button--link" onClick={() => goTo(finding)}>
                  {t('checks.goTo')}
                </button>
                {finding.fix ? <FixButton finding={finding} locale={locale} /> : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function FixButton({ finding, locale }: { finding: Finding; locale: Locale }) {
  const { t } = useTranslation('builder');
  const { state, dispatch, services } = useBuilder();
  const fix = finding.fix;
  if (!fix) return null;
  const field = findField(state.document, fix.fieldId)?.field;
  const source = findCatalogAttribute(services.catalog, fix.binding.source, fix.binding.attribute)?.source;
  if (!field) return null;
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => dispatch({ type: 'update-field', fieldId: field.id, config: { ...field, prefill: fix.binding } })}
    >
      {t('checks.applyFix', { source: localize(source?.name, locale) || fix.binding.source })}
    </button>
  );
}

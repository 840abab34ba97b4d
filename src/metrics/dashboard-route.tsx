import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { ratingLevels, satisfactionTargets } from '@/lib/api-contract/ratings';
import { loginToSubmitTargets } from '@/lib/api-contract/sessions';
import { byProcedure, errorFields, filterRatings, filterSessions, pageTimes, satisfactionStats, timingStats, type MetricsFilter } from './aggregate';
import { download, sessionsCsv, sessionsJson } from './export';
import { minutesSeconds, percent } from './format';
import { useMetrics, useSampleData } from './get-metrics';
import { HistogramChart, ShareMeter } from './histogram-chart';
import { MetricsFilters } from './metrics-filters';
import { registerMetricsMessages } from './messages';
import { TestRuns } from './test-runs';
import './dashboard.css';
import { useProcedureName } from './procedure-names';

registerMetricsMessages();

const targetMinutes = loginToSubmitTargets.map((target) => target.seconds / 60).sort((a, b) => a - b);
const targetShares = satisfactionTargets.map((target) => target.share);

/** The UX testers' dashboard (`/kiem-thu`, role tester): login→submit and satisfaction against QĐ 1565. */
export default function DashboardRoute() {
  const { t } = useTranslation('metrics');
  const { t: tc } = useTranslation();
  const metrics = useMetrics();
  const sample = useSampleData();
  const procedureName = useProcedureName();
  const [filter, setFilter] = useState<MetricsFilter>({});

  useEffect(() => {
    document.title = `${t('title')} – ${tc('app.service')}`;
  }, [t, tc]);

  const view = useMemo(() => {
    if (!metrics.data) return undefined;
    const sessions = filterSessions(metrics.data.sessions, filter);
    const ratings = filterRatings(metrics.data.ratings, filter);
    return {
      sessions,
      ratings,
      timing: timingStats(sessions),
      satisfaction: satisfactionStats(ratings),
      pages: pageTimes(sessions),
      errors: errorFields(sessions),
      procedures: byProcedure(sessions, ratings),
      options: {
        formIds: [...new Set(metrics.data.sessions.map((row) => row.formId))].sort(),
        personaIds: [...new Set(metrics.data.sessions.map((row) => row.personaId))].sort(),
        runs: metrics.data.runs,
      },
    };
  }, [metrics.data, filter]);

  if (metrics.isError) {
    const forbidden = isApiError(metrics.error) && metrics.error.status === 403;
    return (
      <div className="layout-narrow">
        <h1>{forbidden ? t('forbiddenTitle') : t('title')}</h1>
        <p role="alert">{forbidden ? t('forbidden') : t('loadError')}</p>
      </div>
    );
  }
  if (!metrics.data || !view) return <p role="status">{tc('app.loading')}</p>;
  const { timing, satisfaction } = view;

  return (
    <div className="metrics">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="hint">{t('definition')}</p>
      {metrics.data.sample.present ? (
        <div className="notice metrics__sample" role="note">
          <p>
            <strong className="tag">{t('sampleLabel')}</strong> {t('sampleBanner')}
          </p>
          <button type="button" className="button button--secondary" disabled={sample.isPending} onClick={() => sample.mutate('clear')}>
            {t('clearSample')}
          </button>
        </div>
      ) : (
        <p>
          <button type="button" className="button button--secondary" disabled={sample.isPending} onClick={() => sample.mutate('add')}>
            {t('addSample')}
          </button>
        </p>
      )}
      <MetricsFilters value={filter} options={view.options} onChange={setFilter} />

      <section aria-labelledby="thoi-gian-title">
        <h2 id="thoi-gian-title">{t('timingTitle')}</h2>
        <dl className="metrics__figures">
          {[
            [t('sessions'), String(timing.sessions)],
            [t('submitted'), String(timing.submitted)],
            [t('mean'), minutesSeconds(timing.mean)],
            [t('median'), minutesSeconds(timing.median)],
            [t('p90'), minutesSeconds(timing.p90)],
            [t('under5'), percent(timing.under5)],
            [t('under8'), percent(timing.under8)],
            [t('predicted'), timing.meanPredicted === undefined ? '—' : minutesSeconds(timing.meanPredicted)],
          ].map(([label, value]) => (
            <div key={label} className="metrics__figure">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('distributionTitle')}</h3>
        <HistogramChart bins={timing.bins} targets={targetMinutes} />
        <ShareMeter share={timing.under5} targets={[]} label={t('under5')} />
        <ShareMeter share={timing.under8} targets={[]} label={t('under8')} />
      </section>

      <section aria-labelledby="thu-tuc-title">
        <h2 id="thu-tuc-title">{t('byProcedureTitle')}</h2>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('procedure')}</th>
                <th scope="col">{t('sessions')}</th>
                <th scope="col">{t('mean')}</th>
                <th scope="col">{t('median')}</th>
                <th scope="col">{t('p90')}</th>
                <th scope="col">{t('under5')}</th>
                <th scope="col">{t('under8')}</th>
                <th scope="col">{t('predicted')}</th>
                <th scope="col">{t('satisfiedShare')}</th>
              </tr>
            </thead>
            <tbody>
              {view.procedures.map((row) => (
                <tr key={row.formId}>
                  <th scope="row">{procedureName(row.formId)}</th>
                  <td>{row.timing.sessions}</td>
                  <td>{minutesSeconds(row.timing.mean)}</td>
                  <td>{minutesSeconds(row.timing.median)}</td>
                  <td>{minutesSeconds(row.timing.p90)}</td>
                  <td>{percent(row.timing.under5)}</td>
                  <td>{percent(row.timing.under8)}</td>
                  <td>{row.timing.meanPredicted === undefined ? '—' : minutesSeconds(row.timing.meanPredicted)}</td>
                  <td>{row.satisfaction.ratings === 0 ? '—' : percent(row.satisfaction.satisfiedShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="metrics__columns">
        <section aria-labelledby="trang-title">
          <h2 id="trang-title">{t('pagesTitle')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('page')}</th>
                <th scope="col">{t('procedure')}</th>
                <th scope="col">{t('meanTime')}</th>
                <th scope="col">{t('sessions')}</th>
              </tr>
            </thead>
            <tbody>
              {view.pages.map((page) => (
                <tr key={`${page.formId}/${page.pageId}`}>
                  <th scope="row">{page.pageId}</th>
                  <td>{procedureName(page.formId)}</td>
                  <td>{minutesSeconds(page.meanSeconds)}</td>
                  <td>{page.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="loi-title">
          <h2 id="loi-title">{t('errorsTitle')}</h2>
          {view.errors.length === 0 ? (
            <p>{t('noErrors')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('procedure')}</th>
                  <th scope="col">{t('errors')}</th>
                </tr>
              </thead>
              <tbody>
                {view.errors.map((row) => (
                  <tr key={`${row.formId}/${row.fieldId}`}>
                    <th scope="row">{row.fieldId}</th>
                    <td>{procedureName(row.formId)}</td>
                    <td>{row.errors}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>

      <section aria-labelledby="hai-long-title">
        <h2 id="hai-long-title">{t('satisfactionTitle')}</h2>
        <ShareMeter share={satisfaction.satisfiedShare} targets={targetShares} label={t('satisfiedShare')} />
        <table className="table">
          <caption className="table__caption">
            {t('ratings')}: {satisfaction.ratings}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('level')}</th>
              <th scope="col">{t('ratings')}</th>
            </tr>
          </thead>
          <tbody>
            {ratingLevels.map((level) => (
              <tr key={level}>
                <th scope="row">{tc(`satisfaction.levels.${level}`)}</th>
                <td>{satisfaction.counts[level]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('reasonsTitle')}</h3>
        {satisfaction.reasons.length === 0 ? (
          <p>{t('noReasons')}</p>
        ) : (
          <ul className="metrics__reasons">
            {satisfaction.reasons.map((row) => (
              <li key={row.dossierCode}>
                {row.reason} <span className="hint">({procedureName(row.formId)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="xuat-title">
        <h2 id="xuat-title">{t('exportTitle')}</h2>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => download('phien.csv', 'text/csv;charset=utf-8', sessionsCsv(view.sessions))}>
            {t('exportCsv')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => download('phien.json', 'application/json', sessionsJson(view.sessions))}>
            {t('exportJson')}
          </button>
        </div>
      </section>

      <TestRuns runs={metrics.data.runs} formIds={view.options.formIds} sessions={metrics.data.sessions} ratings={metrics.data.ratings} />
    </div>
  );
}

import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '@/lib/navigation';
import type { FormSummary } from '@/lib/api-contract/forms';
import { useLocale } from '@/renderer/use-locale';
import { localize } from '@/schema/localized-text';
import { procedureTopicSchema, procedureTopics, type ProcedureTopic } from '@/schema/procedure';
import { useFormList } from '../queries/form-list';
import { agencyKey, filterProcedures } from './filter-procedures';
import { ProcedureBadges } from './procedure-badges';
import { ProcedureDocuments } from './procedure-documents';
import { ProcedureFacts } from './procedure-facts';

/** URL parameters of the filter, so a search can be bookmarked, shared and survives a reload. */
const params = { query: 'q', topic: 'linh-vuc', agency: 'co-quan' } as const;

/** The procedure catalogue: every published procedure, searchable and filtered by topic and agency. */
export default function CatalogueRoute() {
  const { t } = useTranslation();
  const forms = useFormList();
  useEffect(() => {
    document.title = `${t('catalogue.title')} – ${t('app.service')}`;
  }, [t]);
  return (
    <div className="layout-wide">
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.lead')}</p>
      {forms.isPending ? <p role="status">{t('app.loading')}</p> : null}
      {forms.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{t('catalogue.loadError')}</p>
          <button type="button" className="button button--secondary" onClick={() => void forms.refetch()}>
            {t('catalogue.retry')}
          </button>
        </div>
      ) : null}
      {forms.data ? <Catalogue summaries={forms.data.forms} /> : null}
    </div>
  );
}

function Catalogue({ summaries }: { summaries: readonly FormSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  // What the citizen types lives here and the URL follows it (filters replace the history entry,
  // so only a fresh load or "clear" changes it from outside). Reading the box back from the URL
  // would drop letters typed faster than the router updates the address.
  const [query, setQuery] = useState(() => search.get(params.query) ?? '');
  const topicParam = procedureTopicSchema.safeParse(search.get(params.topic));
  const topic: ProcedureTopic | undefined = topicParam.success ? topicParam.data : undefined;
  const agency = search.get(params.agency) ?? '';

  const agencies = useMemo(() => {
    const byKey = new Map(summaries.map((summary) => [agencyKey(summary), summary.procedure.agency]));
    return [...byKey].map(([key, name]) => ({ key, name: localize(name, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  }, [summaries, locale]);
  const topics = procedureTopics.filter((candidate) => summaries.some((summary) => summary.procedure.topic === candidate));
  const topicLabel = (value: ProcedureTopic) => t(`catalogue.topics.${value}`);
  const found = filterProcedures(summaries, { query, topic, agency: agency || undefined }, topicLabel);

  const update = (name: string, value: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value.trim() === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <form className="catalogue-filter" role="search" aria-label={t('catalogue.searchRegion')} onSubmit={(event) => event.preventDefault()}>
        <div className="form-group catalogue-filter__query">
          <label className="label" htmlFor={`${id}-q`}>
            {t('catalogue.search')}
          </label>
          <p className="hint" id={`${id}-q-hint`}>
            {t('catalogue.searchHint')}
          </p>
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            value={query}
            aria-describedby={`${id}-q-hint`}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              update(params.query, event.target.value);
            }}
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${id}-topic`}>
            {t('catalogue.topic')}
          </label>
          <select id={`${id}-topic`} className="select" value={topic ?? ''} onChange={(event) => update(params.topic, event.target.value)}>
            <option value="">{t('catalogue.allTopics')}</option>
            {topics.map((value) => (
              <option key={value} value={value}>
                {topicLabel(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${id}-agency`}>
            {t('catalogue.agency')}
          </label>
          <select id={`${id}-agency`} className="select" value={agency} onChange={(event) => update(params.agency, event.target.value)}>
            <option value="">{t('catalogue.allAgencies')}</option>
            {agencies.map(({ key, name }) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="catalogue-count" role="status">
        {t('catalogue.found', { count: found.length })}
      </p>
      {found.length === 0 ? (
        <div className="notice">
          <p>{t('catalogue.noneFound')}</p>
          <button type="button" className="button button--secondary" onClick={() => {
              setQuery('');
              setSearch(new URLSearchParams(), { replace: true });
            }}>
            {t('catalogue.clearFilters')}
          </button>
        </div>
      ) : (
        <ul className="card-list">
          {found.map((summary) => (
            <ProcedureCard key={summary.id} summary={summary} />
          ))}
        </ul>
      )}
    </>
  );
}

function ProcedureCard({ summary }: { summary: FormSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { procedure } = summary;
  const name = localize(procedure.name, locale);
  return (
    <li className="card procedure-card">
      <h2>
        <Link to={`/thu-tuc/${summary.id}`}>{name}</Link>
      </h2>
      <ProcedureBadges procedure={procedure} />
      <ProcedureFacts procedure={procedure} />
      <details className="procedure-card__documents">
        <summary>{t('catalogue.documentsCount', { count: procedure.documents.length })}</summary>
        <ProcedureDocuments documents={procedure.documents} />
      </details>
      <Link className="button" to={`/bieu-mau/${summary.id}`} aria-label={t('catalogue.startNamed', { name })}>
        {t('catalogue.start')}
      </Link>
    </li>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoringFormSummary, PublishedVersion } from '@/lib/api-contract/authoring';
import { formatDateTime } from '@/lib/format-date';
import type { Locale } from '@/schema/localized-text';
import { formVersionQueryOptions } from '../../api/get-form-version';
import { answersJsonSchema } from '../../analysis/answers-json-schema';
import { parseFormImport, type ImportProblem } from '../../analysis/form-import';
import { localizeValues } from '../../analysis/finding';
import { diffFormVersions } from '../../analysis/version-diff';
import { toEditableDocument } from '../../state/editable-document';
import { useBuilder } from '../builder-context';
import { downloadJson } from '../download-json';
import { usePublishedVersion } from '../use-published-version';
import { DiffView } from './diff-view';


/**
 * The form's published versions (immutable): compare one with the draft, download it, or export
 * its answers' JSON Schema for a backend; and the draft's own JSON export and import.
 */
export function VersionsPane({ summary, locale }: { summary: AuthoringFormSummary; locale: Locale }) {
  const { t } = useTranslation('builder');
  const [compared, setCompared] = useState<number | null>(null);
  const { state } = useBuilder();
  return (
    <div className="builder-versions">
      <section aria-labelledby="builder-versions-title">
        <h2 className="section-heading" id="builder-versions-title">
          {t('versions.title')}
        </h2>
        <p className="hint">{t('versions.immutable')}</p>
        {summary.versions.length === 0 ? <p>{t('versions.none')}</p> : null}
        <ol className="builder-plain-list" reversed>
          {[...summary.versions].reverse().map((version) => (
            <VersionRow key={version.version} formId={summary.id} version={version} locale={locale} onCompare={() => setCompared(version.version)} />
          ))}
        </ol>
        {compared !== null ? <Comparison formId={summary.id} version={compared} locale={locale} /> : null}
      </section>
      <section aria-labelledby="builder-export-title">
        <h2 className="section-heading" id="builder-export-title">
          {t('versions.exportDraft')}
        </h2>
        <button type="button" className="button button--secondary" onClick={() => downloadJson(`${summary.id}-ban-nhap.json`, state.document)}>
          {t('versions.exportDraft')}
        </button>
      </section>
      <ImportForm formId={summary.id} locale={locale} />
    </div>
  );
}

function VersionRow({ formId, version, locale, onCompare }: { formId: string; version: PublishedVersion; locale: Locale; onCompare(): void }) {
  const { t } = useTranslation('builder');
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState(false);
  /** Fetched on demand (a version never changes, so the cache serves it afterwards). */
  const download = async (what: 'document' | 'answers') => {
    setFailed(false);
    const schema = await queryClient
      .fetchQuery(formVersionQueryOptions(formId, version.version))
      .then(toEditableDocument)
      .catch(() => undefined);
    if (!schema) return setFailed(true);
    if (what === 'document') downloadJson(`${formId}-v${version.version}.json`, schema);
    else downloadJson(`${formId}-v${version.version}.answers.schema.json`, answersJsonSchema(schema));
  };
  return (
    <li className="builder-version">
      <p>{t('versions.row', { version: version.version, date: formatDateTime(version.publishedAt, locale), name: version.publishedBy })}</p>
      {failed ? (
        <p className="error-message" role="alert">
          {t('loadFailed')}
        </p>
      ) : null}
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={onCompare}>
          {t('versions.compare')}
        </button>
        <button type="button" className="button button--link" onClick={() => void download('document')}>
          {t('versions.download', { version: version.version })}
        </button>
        <button type="button" className="button button--link" onClick={() => void download('answers')}>
          {t('versions.answersSchema', { version: version.version })}
        </button>
      </div>
    </li>
  );
}

function Comparison({ formId, version, locale }: { formId: string; version: number; locale: Locale }) {
  const { t } = useTranslation('builder');
  const { state } = useBuilder();
  const { schema, failed } = usePublishedVersion(formId, version);
  return (
    <section aria-labelledby="builder-compare-title" className="builder-compare">
      <h3 className="builder-subheading" id="builder-compare-title">
        {t('versions.compareTitle', { version })}
      </h3>
      {failed ? <p className="notice notice--error">{t('loadFailed')}</p> : null}
      {schema ? <DiffView diff={diffFormVersions(schema, state.document)} older={schema} newer={state.document} locale={locale} /> : failed ? null : <p role="status">{t('loading')}</p>}
    </section>
  );
}

/** Replaces the draft with a file's form (undoable); a bad file is refused with each problem's path. */
function ImportForm({ formId, locale }: { formId: string; locale: Locale }) {
  const { t } = useTranslation('builder');
  const id = useId();
  const { dispatch } = useBuilder();
  const [problems, setProblems] = useState<readonly ImportProblem[]>([]);
  const [imported, setImported] = useState(false);
  const onFile = async (file: File | undefined) => {
    setImported(false);
    if (!file) return;
    const result = parseFormImport(await file.text());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const document = toEditableDocument({ ...result.schema, id: formId });
    if (!document) return;
    setProblems([]);
    dispatch({ type: 'import', document });
    setImported(true);
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 className="section-heading" id={`${id}-title`}>
        {t('versions.importTitle')}
      </h2>
      <p className="hint" id={`${id}-hint`}>
        {t('versions.importLead')}
      </p>
      <div className={problems.length > 0 ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={id}>
          {t('versions.importFile')}
        </label>
        {problems.length > 0 ? (
          <div className="error-message" id={`${id}-error`} role="alert">
            <p>{t('versions.importErrors', { count: problems.length })}</p>
            <ul className="builder-plain-list">
              {problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path || '/'}</code> {t(problem.message.key, localizeValues(problem.message.values, locale))}
                  {problem.line !== undefined ? ` (${problem.line}:${problem.column ?? 1})` : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <input
          id={id}
          type="file"
          accept="application/json,.json"
          className="input"
          aria-describedby={problems.length > 0 ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </div>
      {imported ? <p role="status">{t('versions.imported')}</p> : null}
    </section>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formSchemaSchema } from '@/fields/registry';
import type { AuthoringFormSummary } from '@/lib/api-contract/authoring';
import type { Locale } from '@/schema/localized-text';
import { usePublishForm } from '../../api/publish-form';
import { analyseForm } from '../../analysis/analyse-form';
import { diffFormVersions } from '../../analysis/version-diff';
import { useBuilder } from '../builder-context';
import { formatPath } from '@/schema/schema-issues';
import { DiffView } from '../panes/diff-view';
import { usePublishedVersion } from '../use-published-version';

type Outcome = { kind: 'published'; version: number } | { kind: 'failed' } | { kind: 'rejected'; issues: string[] } | { kind: 'stale' };

interface PublishControlProps {
  summary: AuthoringFormSummary;
  /** Whether there is anything to publish: a saved draft or unsaved edits. */
  hasChanges: boolean;
  /** Saves pending edits; resolves to the draft revision the server holds. */
  flush(): Promise<number>;
  onPublished(version: number): void;
  locale: Locale;
}

/**
 * "Xuất bản": a review panel first (what changed since the version in use, what blocks, what
 * warns), then an immutable new version. Structural errors block; warnings are the author's call.
 */
export function PublishControl({ summary, hasChanges, flush, onPublished, locale }: PublishControlProps) {
  const { t } = useTranslation('builder');
  const { state, services } = useBuilder();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const publish = usePublishForm(summary.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const latest = summary.versions.at(-1)?.version ?? null;
  const next = (latest ?? 0) + 1;
  const { schema: published } = usePublishedVersion(summary.id, open ? latest : null);
  const { document } = state;
  const issues = useMemo(() => (open ? (formSchemaSchema.safeParse(document).error?.issues ?? []) : []), [open, document]);
  const warnings = useMemo(() => (open ? analyseForm(document, services.catalog).filter((finding) => finding.severity !== 'info').length : 0), [open, document, services.catalog]);

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      opener.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const confirm = async () => {
    setOutcome(undefined);
    try {
      const revision = await flush();
      const result = await publish.mutateAsync(revision);
      if (result.status === 'published') {
        setOutcome({ kind: 'published', version: result.result.version });
        onPublished(result.result.version);
        setOpen(false);
      } else if (result.status === 'invalid') {
        setOutcome({ kind: 'rejected', issues: result.issues.map((issue) => `${issue.path ?? ''}: ${issue.message}`) });
      } else {
        setOutcome({ kind: 'stale' });
      }
    } catch {
      setOutcome({ kind: 'failed' });
    }
  };

  return (
    <>
      <button ref={opener} type="button" className="button" disabled={!hasChanges} aria-expanded={open} onClick={() => setOpen(true)}>
        {t('toolbar.publish')}
      </button>
      {outcome?.kind === 'published' ? (
        <p className="notice builder__published" role="status">
          {t('publish.published', { version: outcome.version })}
        </p>
      ) : null}
      {open ? (
        <div className="builder-publish" role="dialog" aria-labelledby="builder-publish-title">
          <h2 id="builder-publish-title" ref={heading} tabIndex={-1} className="section-heading">
            {t('publish.title', { version: next })}
          </h2>
          <p>{t('publish.lead')}</p>
          {issues.length > 0 ? (
            <div className="notice notice--error">
              <p>{t('publish.blocked', { count: issues.length })}</p>
              <ul className="builder-plain-list">
                {issues.slice(0, 10).map((issue, index) => (
                  <li key={index}>{t('checks.schemaIssue', { path: formatPath(issue.path), message: issue.message })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {warnings > 0 ? <p className="hint">{t('publish.warnings', { count: warnings })}</p> : null}
          {latest !== null && published ? (
            <>
              <h3 className="builder-subheading">{t('publish.changes', { version: latest })}</h3>
              <DiffView diff={diffFormVersions(published, document)} older={published} newer={document} locale={locale} />
            </>
          ) : null}
          {outcome && outcome.kind !== 'published' ? (
            <div className="notice notice--error" role="alert">
              <p>{t(`publish.${outcome.kind}`)}</p>
              {outcome.kind === 'rejected' ? (
                <ul className="builder-plain-list">
                  {outcome.issues.map((issue, index) => (
                    <li key={index}>{issue}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <div className="button-group">
            <button type="button" className="button" disabled={issues.length > 0 || publish.isPending} onClick={() => void confirm()}>
              {publish.isPending ? t('publish.publishing') : t('publish.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('publish.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { listFormat } from '@/lib/intl-formats';
import { localize } from '@/schema/localized-text';
import { useLocale } from '@/renderer/use-locale';
import { usePrefillModel } from '../prefill-provider';

/**
 * Top of the form page: which sources could not be read, and a way to ask them again. A polite
 * live region that is always present, so the problem is announced when it happens without
 * interrupting what the citizen is typing; nothing typed is touched by a retry.
 */
export function PrefillBanner() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { failedSources, retrying, retry } = usePrefillModel();
  const names = [...new Set(failedSources.map((source) => localize(source.name, locale)))];
  return (
    <div role="status">
      {names.length > 0 ? (
        <div className="notice notice--warning">
          <p>{t('prefill.unavailable', { sources: listFormat(locale, { type: 'conjunction' }).format(names) })}</p>
          <button type="button" className="button button--secondary" onClick={retry} disabled={retrying} aria-busy={retrying}>
            {retrying ? t('prefill.retrying') : t('prefill.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

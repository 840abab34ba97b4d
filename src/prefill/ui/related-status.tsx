import { useTranslation } from 'react-i18next';
import { localize } from '@/schema/localized-text';
import { useLocale } from '@/renderer/use-locale';
import { relatedPersonSource } from '../catalog/population';
import type { RelatedState } from '../use-prefill';

const messageKey: Partial<Record<RelatedState, string>> = {
  searching: 'prefill.related.searching',
  found: 'prefill.related.found',
  'not-related': 'prefill.related.notRelated',
  failed: 'prefill.related.failed',
};

/**
 * The lookup of the person whose number the field holds. A live region that is always there, so
 * "not found" is announced when it arrives while the citizen is elsewhere on the page.
 */
export function RelatedStatus({ state }: { state: RelatedState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const key = messageKey[state];
  const message = key ? t(key, { source: localize(relatedPersonSource.name, locale) }) : null;
  const warning = state === 'not-related' || state === 'failed';
  return <span role="status">{warning ? <strong>{message}</strong> : message}</span>;
}

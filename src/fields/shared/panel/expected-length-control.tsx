import { useTranslation } from 'react-i18next';
import type { Locale } from '@/schema/localized-text';
import { OptionalNumberControl } from './number-control';
import './panel.messages';

export interface ExpectedLengthControlProps {
  value: number | undefined;
  onChange(value: number | undefined): void;
  locale: Locale;
}

/** The typical answer length the completion-time (KLM) estimate counts keystrokes from. */
export function ExpectedLengthControl({ value, onChange, locale }: ExpectedLengthControlProps) {
  const { t } = useTranslation('fields', { lng: locale });
  return (
    <OptionalNumberControl
      label={t('common.panel.expectedLength.label')}
      hint={t('common.panel.expectedLength.hint')}
      value={value}
      onChange={onChange}
      locale={locale}
    />
  );
}

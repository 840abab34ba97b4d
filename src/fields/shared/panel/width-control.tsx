import { useTranslation } from 'react-i18next';
import type { Locale } from '@/schema/localized-text';
import { inputWidthSchema, type InputWidth } from '../input-width';
import { SelectControl } from './select-control';
import './panel.messages';

export interface WidthControlProps {
  value: InputWidth | undefined;
  onChange(value: InputWidth): void;
  locale: Locale;
}

/** The width of the citizen's box, a hint of how long the answer is (GOV.UK fixed widths). */
export function WidthControl({ value, onChange, locale }: WidthControlProps) {
  const { t } = useTranslation('fields', { lng: locale });
  const options = inputWidthSchema.def.innerType.options.map((width) => ({
    value: width,
    label: width === 'full' ? t('common.panel.width.full') : t('common.panel.width.characters', { count: Number(width) }),
  }));
  return (
    <SelectControl
      label={t('common.panel.width.label')}
      hint={t('common.panel.width.hint')}
      value={value ?? 'full'}
      options={options}
      onChange={onChange}
    />
  );
}

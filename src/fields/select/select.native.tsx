import { localize } from '@/schema/localized-text';
import type { FieldRendererProps } from '../field-definition';
import type { SelectConfig } from './select.config';

/** A native drop-down for short lists: familiar, and the phone's own picker on mobile. */
export function NativeSelect({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, locale, t,
}: FieldRendererProps<SelectConfig, string>) {
  return (
    <select
      id={inputId}
      name={name}
      className={`select${invalid ? ' input--error' : ''}`}
      value={value ?? ''}
      onChange={(event) => {
        if (!readOnly) onChange(event.target.value);
      }}
      onBlur={onBlur}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-readonly={readOnly || undefined}
    >
      <option value="">{t('select.placeholder')}</option>
      {config.options.map((option) => (
        <option key={option.value} value={option.value}>
          {localize(option.label, locale)}
        </option>
      ))}
    </select>
  );
}

import { useTranslation } from 'react-i18next';
import type { Locale } from '@/schema/localized-text';
import type { ChoiceOption } from '../choice-options';
import { patchConfig } from './config-patch';
import { LocalizedTextControl, OptionalLocalizedTextControl } from './localized-text-control';
import { TextControl } from './text-control';
import './panel.messages';

/** What a row's buttons do; the editor turns them into a new list and moves focus. */
export type OptionAction = 'up' | 'down' | 'remove';

export interface OptionRowProps {
  option: ChoiceOption;
  number: number;
  /** Already translated, when the value is empty or used by another option. */
  valueError: string | undefined;
  onChange(option: ChoiceOption): void;
  onAction(action: OptionAction): void;
  /** Actions that would break the list (move past an end, fewer options than allowed). */
  disabled: ReadonlySet<OptionAction>;
  locale: Locale;
}

/** One option: its stored value, its label and hint in both languages, and its buttons. */
export function OptionRow({ option, number, valueError, onChange, onAction, disabled, locale }: OptionRowProps) {
  const { t } = useTranslation('fields', { lng: locale });
  const which = t('common.panel.options.which', { number });
  const actions: readonly OptionAction[] = ['up', 'down', 'remove'];
  return (
    <fieldset className="fieldset">
      <legend className="legend">{t('common.panel.options.option', { number })}</legend>
      <TextControl
        label={t('common.panel.options.value')}
        hint={t('common.panel.options.valueHint')}
        error={valueError}
        code
        value={option.value}
        onChange={(value) => onChange({ ...option, value })}
        onBlur={() => {
          if (option.value !== option.value.trim()) onChange({ ...option, value: option.value.trim() });
        }}
      />
      <LocalizedTextControl
        label={t('common.panel.options.label')}
        value={option.label}
        onChange={(label) => onChange({ ...option, label })}
        locale={locale}
      />
      <OptionalLocalizedTextControl
        label={t('common.panel.options.hint')}
        value={option.hint}
        onChange={(hint) => onChange(patchConfig(option, { hint }))}
        locale={locale}
      />
      <div className="button-group">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'remove' ? 'button button--warning' : 'button button--secondary'}
            data-action={action}
            disabled={disabled.has(action)}
            onClick={() => onAction(action)}
          >
            {t(`common.panel.options.${action}`)}{' '}
            <span className="visually-hidden">{which}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}

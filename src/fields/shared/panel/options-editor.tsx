import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@/schema/localized-text';
import type { ChoiceOption } from '../choice-options';
import { OptionRow, type OptionAction } from './option-row';
import { addOption, moveOption, removeOption, replaceOption, valueProblem } from './options-list';
import './panel.css';
import './panel.messages';

export interface OptionsEditorProps {
  options: readonly ChoiceOption[];
  onChange(options: ChoiceOption[]): void;
  /** Fewest options the config accepts (2 for any choice; more when a rule counts on them). */
  minOptions?: number;
  locale: Locale;
}

/** Where focus goes after a change: a row's button (or its first box), or the add button. */
type FocusTarget = { index: number; action: OptionAction | 'first' } | 'add';

/**
 * The options of a choice field: add, remove and reorder with buttons (no drag and drop, so it
 * works from the keyboard), each change announced. Rows are keyed by position on purpose: they
 * hold no state of their own, and focus is moved explicitly after every change.
 */
export function OptionsEditor({ options, onChange, minOptions = 2, locale }: OptionsEditorProps) {
  const { t } = useTranslation('fields', { lng: locale });
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<FocusTarget | undefined>(undefined);
  const [status, setStatus] = useState('');
  const setFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
  };

  // After the parent has drawn the changed list: focus is never left on a removed or moved row.
  useEffect(() => {
    const focus = pendingFocus.current;
    pendingFocus.current = undefined;
    if (focus === undefined) return;
    if (focus === 'add') addButton.current?.focus();
    else {
      const row = list.current?.children[focus.index];
      const button = (selector: string) => row?.querySelector<HTMLElement>(`${selector}:not(:disabled)`);
      const target = focus.action === 'first' ? row?.querySelector('input') : (button(`[data-action="${focus.action}"]`) ?? button('[data-action]'));
      target?.focus();
    }
  });

  const act = (index: number, action: OptionAction) => {
    if (action === 'remove') {
      onChange(removeOption(options, index));
      setStatus(t('common.panel.options.removed', { number: index + 1 }));
      setFocus(options.length > 1 ? { index: Math.min(index, options.length - 2), action: 'remove' } : 'add');
      return;
    }
    const to = action === 'up' ? index - 1 : index + 1;
    onChange(moveOption(options, index, to));
    setStatus(t('common.panel.options.moved', { number: to + 1 }));
    setFocus({ index: to, action });
  };
  const add = () => {
    const number = options.length + 1;
    onChange(addOption(options, (n) => ({ vi: t('common.panel.options.newLabel', { number: n, lng: 'vi' }), en: t('common.panel.options.newLabel', { number: n, lng: 'en' }) })));
    setStatus(t('common.panel.options.added', { number }));
    setFocus({ index: options.length, action: 'first' });
  };

  return (
    <fieldset className="fieldset form-group">
      <legend className="legend">{t('common.panel.options.legend')}</legend>
      <ol className="panel-options" ref={list}>
        {options.map((option, index) => {
          const problem = valueProblem(options, index);
          const disabled = new Set<OptionAction>();
          if (index === 0) disabled.add('up');
          if (index === options.length - 1) disabled.add('down');
          if (options.length <= minOptions) disabled.add('remove');
          return (
            <li key={index} className="panel-option">
              <OptionRow
                option={option}
                number={index + 1}
                valueError={problem ? t(problem) : undefined}
                onChange={(next) => onChange(replaceOption(options, index, next))}
                onAction={(action) => act(index, action)}
                disabled={disabled}
                locale={locale}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--secondary" ref={addButton} onClick={add}>
        {t('common.panel.options.add')}
      </button>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </fieldset>
  );
}

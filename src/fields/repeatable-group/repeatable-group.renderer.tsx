import { useEffect, useRef, useState } from 'react';
import { lowerFirst } from '@/lib/lower-first';
import { localize } from '@/schema/localized-text';
import type { FieldRendererProps } from '../field-definition';
import type { RepeatableGroupConfig, RepeatableGroupItem } from './repeatable-group.config';


/**
 * The "add another" pattern: each item is a titled box with its own remove button; the host owns
 * the items (react-hook-form's field array) and renders each item's child fields. Adding leaves
 * focus to the host (which focuses the new item's first control); after removing, focus
 * moves to the add button, so it is not lost with the removed item. Both are announced.
 */
export function RepeatableGroupRenderer({
  config, name, items, renderFields, readOnly, inputId, locale, t,
}: FieldRendererProps<RepeatableGroupConfig, RepeatableGroupItem[]>) {
  const [status, setStatus] = useState('');
  const focusAdd = useRef(false);
  const addButton = useRef<HTMLButtonElement | null>(null);
  const keys = items?.keys ?? [];
  const count = keys.length;
  const itemLabel = localize(config.itemLabel, locale);
  const item = lowerFirst(itemLabel);
  const atMax = count >= config.maxItems;
  const canEdit = !readOnly && items !== undefined;
  const maxId = `${inputId}-max`;

  useEffect(() => {
    if (focusAdd.current) addButton.current?.focus();
    focusAdd.current = false;
  }, [count]);

  const add = () => {
    if (!items || atMax) return;
    items.add();
    setStatus(t('repeatable-group.added', { item: itemLabel, number: count + 1 }));
  };
  const remove = (index: number) => {
    if (!items) return;
    focusAdd.current = true;
    items.remove(index);
    setStatus(t('repeatable-group.removed', { item: itemLabel, number: index + 1 }));
  };

  return (
    <>
      {count === 0 ? <p className="hint">{t('repeatable-group.empty', { item })}</p> : null}
      {keys.map((key, index) => {
        const headingId = `${inputId}-item-${index}`;
        return (
          <div key={key} className="repeat-item" role="group" aria-labelledby={headingId}>
            <div className="repeat-item__header">
              <h2 className="repeat-item__title" id={headingId} tabIndex={-1}>
                {t('repeatable-group.itemHeading', { item: itemLabel, number: index + 1 })}
              </h2>
              {canEdit && count > config.minItems ? (
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('repeatable-group.removeItem', { item, number: index + 1 })}
                  onClick={() => remove(index)}
                >
                  {t('repeatable-group.remove')}
                </button>
              ) : null}
            </div>
            {renderFields(config.fields, `${name}.${index}.`)}
          </div>
        );
      })}
      {canEdit ? (
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            id={inputId}
            ref={addButton}
            onClick={add}
            aria-disabled={atMax || undefined}
            aria-describedby={atMax ? maxId : undefined}
          >
            {config.addLabel ? localize(config.addLabel, locale) : t('repeatable-group.add', { item })}
          </button>
          {atMax ? <p className="hint" id={maxId}>{t('repeatable-group.maxReached', { max: config.maxItems })}</p> : null}
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite">{status}</p>
    </>
  );
}

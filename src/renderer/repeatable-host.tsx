import { useEffect, useMemo, useRef } from 'react';
import { get, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { allAnswerFields } from '@/engine/visibility';
import { fieldRegistry } from '@/fields/registry';
import type { AnyFieldDefinition } from '@/fields/field-definition';
import type { BaseFieldConfig } from '@/schema/base-field';
import { inputId as toInputId } from './dom-ids';
import { useEForm } from './eform-provider';
import { FieldFrame } from './field-frame';
import { isOptional, renderFields, useFieldText } from './field-host';

interface RepeatableHostProps {
  field: BaseFieldConfig;
  namePrefix: string;
  definition: AnyFieldDefinition;
}

/** A repeatable container (family members…): items come from react-hook-form's field array. */
export function RepeatableHost({ field, namePrefix, definition }: RepeatableHostProps) {
  const path = namePrefix + field.id;
  const { answers } = useEForm();
  const { fields: items, append, remove } = useFieldArray({ name: path });
  const value = useWatch({ name: path }) as unknown;
  const { errors } = useFormState({ name: path });
  const rawError = (get(errors, `${path}.root`) as { message?: string } | undefined)?.message;
  const { locale, fieldText, label, hint, error, describedBy } = useFieldText(field, path, rawError);
  const emptyItem = useMemo(() => {
    const children = definition.container?.children(field) ?? [];
    return Object.fromEntries(allAnswerFields(children).map((child) => [child.id, fieldRegistry.of(child).emptyAnswer(child)]));
  }, [definition, field]);
  // A new item's first control takes the focus (no control registers a ref with the form).
  const focusItem = useRef<number | null>(null);
  useEffect(() => {
    const index = focusItem.current;
    if (index === null || index >= items.length) return;
    focusItem.current = null;
    const prefix = CSS.escape(`${path}.${index}.`);
    document.querySelector<HTMLElement>(`[data-field^="${prefix}"] :is(input, select, textarea)`)?.focus();
  }, [items.length, path]);
  const add = () => {
    focusItem.current = items.length;
    append(emptyItem, { shouldFocus: false });
  };
  const Renderer = definition.Renderer;
  const inputId = toInputId(path);
  return (
    <FieldFrame
      layout={definition.layout} path={path} inputId={inputId} label={label} hint={hint} error={error}
      optional={isOptional(field)} describedBy={describedBy} answers
    >
      <Renderer
        config={field} name={path} value={value} onChange={(next) => answers.set(path, next)} onBlur={() => undefined}
        inputId={inputId} describedBy={describedBy} invalid={error !== undefined} readOnly={false}
        locale={locale} t={fieldText} label={label} hint={hint} renderFields={renderFields}
        items={{ keys: items.map((item) => item.id), add, remove }}
      />
    </FieldFrame>
  );
}

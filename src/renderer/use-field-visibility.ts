import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { evaluateCondition } from '@/engine/evaluate-condition';
import type { BaseFieldConfig } from '@/schema/base-field';
import { conditionVariables } from '@/schema/condition';

/**
 * Whether a field is shown. A field subscribes only to the answers its condition reads, so a
 * keystroke elsewhere never re-renders it. Inside a repeatable item, item answers take
 * precedence over top-level ones of the same name. A field that hides drops its stale error.
 */
export function useFieldVisibility(field: BaseFieldConfig, namePrefix: string): boolean {
  const variables = useMemo(
    () => (field.visibleIf === undefined ? [] : [...conditionVariables(field.visibleIf)]),
    [field],
  );
  const names = useMemo(
    () => (namePrefix ? [...variables, ...variables.map((name) => namePrefix + name)] : variables),
    [variables, namePrefix],
  );
  const watched = useWatch({ name: names, disabled: names.length === 0 }) as unknown[] | undefined;
  const { clearErrors } = useFormContext();
  const path = namePrefix + field.id;

  const visible = useMemo(() => {
    if (field.visibleIf === undefined) return true;
    const data: Record<string, unknown> = {};
    names.forEach((name, index) => {
      const key = name.startsWith(namePrefix) && namePrefix ? name.slice(namePrefix.length) : name;
      const value = watched?.[index];
      if (value !== undefined) data[key] = value;
    });
    return evaluateCondition(field.visibleIf, data);
  }, [field, names, namePrefix, watched]);

  useEffect(() => {
    if (!visible) clearErrors(path);
  }, [visible, clearErrors, path]);
  return visible;
}

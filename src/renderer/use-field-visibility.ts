import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useFormContext } from 'react-hook-form';
import { evaluateCondition } from '@/engine/evaluate-condition';
import type { BaseFieldConfig } from '@/schema/base-field';
import { conditionVariables } from '@/schema/condition';
import { useEForm } from './eform-provider';

/**
 * Whether a field with a condition is shown. It subscribes only to the answers its condition
 * reads and re-renders only when the outcome flips, so a keystroke elsewhere never reaches it.
 * Inside a repeatable item, item answers take precedence over top-level ones of the same name.
 * A field that hides drops its stale error.
 */
export function useFieldVisibility(field: BaseFieldConfig, namePrefix: string): boolean {
  const { answers } = useEForm();
  const reads = useMemo(() => {
    const variables = field.visibleIf === undefined ? [] : [...conditionVariables(field.visibleIf)];
    // Top-level answers first, so item answers of the same name overwrite them.
    return [
      ...variables.map((name) => ({ name, path: name })),
      ...(namePrefix ? variables.map((name) => ({ name, path: namePrefix + name })) : []),
    ];
  }, [field, namePrefix]);
  const subscribe = useCallback(
    (listener: () => void) => {
      const unsubscribes = reads.map(({ path }) => answers.subscribe(path, listener));
      return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
    },
    [answers, reads],
  );
  const isVisible = () => {
    if (field.visibleIf === undefined) return true;
    const data: Record<string, unknown> = {};
    for (const { name, path } of reads) {
      const { value } = answers.read(path);
      if (value !== undefined) data[name] = value;
    }
    return evaluateCondition(field.visibleIf, data);
  };
  const visible = useSyncExternalStore(subscribe, isVisible);

  const { clearErrors } = useFormContext();
  const path = namePrefix + field.id;
  useEffect(() => {
    if (!visible) clearErrors(path);
  }, [visible, clearErrors, path]);
  return visible;
}

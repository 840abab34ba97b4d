import type { z } from '@/lib/zod';
import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';

/**
 * Answer validators are built once per field config (and required-ness), not per keystroke:
 * a schema is immutable, so its config objects are stable cache keys.
 */
const cache = new WeakMap<BaseFieldConfig, Map<boolean, z.ZodMiniType>>();

export function answerValidator(field: BaseFieldConfig, required: boolean): z.ZodMiniType {
  let byRequired = cache.get(field);
  if (!byRequired) {
    byRequired = new Map();
    cache.set(field, byRequired);
  }
  let validator = byRequired.get(required);
  if (!validator) {
    const config = field.required === required ? field : { ...field, required };
    validator = fieldRegistry.of(field).answerSchema(config, {
      fieldSchema: (child) => answerValidator(child, child.required !== false),
    });
    byRequired.set(required, validator);
  }
  return validator;
}

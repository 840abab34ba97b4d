import type { z } from '@/lib/zod';
import type { BaseFieldConfig } from '@/schema/base-field';
import { createFormSchema, type FormSchema } from '@/schema/create-form-schema';
import { provideFieldUnion } from './child-fields';
import type { AnyFieldDefinition } from './field-definition';
import { commonFieldMessages } from './shared/common.messages';
import { addressField } from './address';
import { citizenIdField } from './citizen-id';
import { fileField } from './file';
import { groupField } from './group';
import { repeatableGroupField } from './repeatable-group';
import { taxCodeField } from './tax-code';
import { textField } from './text';
import { textareaField } from './textarea';
import { numberField } from './number';
import { moneyField } from './money';
import { emailField } from './email';
import { phoneField } from './phone';
import { dateField } from './date';
import { consentField } from './consent';
import { yesNoField } from './yes-no';
import { radiosField } from './radios';
import { checkboxesField } from './checkboxes';
import { selectField } from './select';
import { contentField } from './content';

/** THE list of field types. Adding a type: one folder plus one line here. */
export const fieldDefinitions = [
  textField,
  textareaField,
  numberField,
  moneyField,
  emailField,
  phoneField,
  dateField,
  consentField,
  yesNoField,
  radiosField,
  checkboxesField,
  selectField,
  contentField,
  citizenIdField,
  taxCodeField,
  groupField,
  repeatableGroupField,
  fileField,
  addressField,
] as const;

/** Derived, never written by hand. */
export type FieldType = (typeof fieldDefinitions)[number]['type'];
export type FieldConfig = z.infer<(typeof fieldDefinitions)[number]['configSchema']>;

const byType = new Map<string, AnyFieldDefinition>(
  fieldDefinitions.map((definition) => [definition.type, definition as unknown as AnyFieldDefinition]),
);

export class UnknownFieldTypeError extends Error {
  constructor(readonly fieldType: string) {
    super(`Unknown field type "${fieldType}"`);
  }
}

/** The one way to learn what a field type can do. */
export const fieldRegistry = {
  get(type: string): AnyFieldDefinition {
    const definition = byType.get(type);
    if (!definition) throw new UnknownFieldTypeError(type);
    return definition;
  },
  has: (type: string): boolean => byType.has(type),
  of: (config: BaseFieldConfig): AnyFieldDefinition => fieldRegistry.get(config.type),
  all: (): readonly AnyFieldDefinition[] => [...byType.values()],
};

const built = createFormSchema(
  fieldDefinitions.map((definition) => definition.configSchema) as unknown as Parameters<typeof createFormSchema>[0],
);
provideFieldUnion(built.fieldSchema);

/** zod schema of a whole form schema document. */
export const formSchemaSchema = built.formSchema;
export type { FormSchema };

/** Vietnamese UI strings of every field type, for the `fields` i18n namespace (English: `messages-en.ts`). */
export const vietnameseFieldMessages: Record<string, unknown> = Object.fromEntries([
  ['common', commonFieldMessages],
  ...fieldDefinitions.map((definition) => [definition.type, definition.messages]),
]);

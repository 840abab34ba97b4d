import type { ReactNode } from 'react';
import type { z } from '@/lib/zod';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { Locale } from '@/schema/localized-text';
import type { ValueKind } from '@/schema/value-kind';

/** Palette groups of the builder. */
export type FieldCategory = 'text' | 'number' | 'choice' | 'date' | 'identity' | 'contact' | 'address' | 'file' | 'group' | 'content';

/**
 * How the field host frames a renderer: `single` wraps one control with a `<label for>`,
 * `fieldset` wraps several controls with a `<legend>`, `self` lets the renderer lay out its own
 * label (a lone checkbox, a content block).
 */
export type FieldLayout = 'single' | 'fieldset' | 'self';

/** Translates a key of the `fields` namespace in the page's language (`date.example`). */
export type FieldText = (key: string, values?: Record<string, unknown>) => string;

/** Props the field host hands to every renderer. Renderers are controlled components. */
export interface FieldRendererProps<TConfig, TAnswer> {
  config: TConfig;
  /** Path of the answer in the form values: `hoTen`, or `thanhVien.0.hoTen` inside a repeatable group. */
  name: string;
  value: TAnswer;
  onChange(value: TAnswer): void;
  onBlur(): void;
  /** Id of the first focusable control: the label's `for` and the error summary's link target. */
  inputId: string;
  /** Ids of the hint and the error message, for `aria-describedby`. */
  describedBy: string | undefined;
  invalid: boolean;
  /** True for a locked pre-filled value: shown, focusable, not editable. */
  readOnly: boolean;
  locale: Locale;
  /**
   * The type's own UI texts, from the page: one translator for every field of the page rather
   * than an i18n subscription per field (a thousand of them on a long form).
   */
  t: FieldText;
  /**
   * Localised label and hint. The host always shows the hint and the error; a `self` renderer
   * shows the label itself (beside a lone checkbox, as a content heading).
   */
  label: string;
  hint: string | undefined;
  /** Containers render their child fields through the host: `fields/` cannot import the renderer. */
  renderFields(fields: readonly BaseFieldConfig[], namePrefix: string): ReactNode;
  /** Items of a repeatable container (stable keys), with add and remove. */
  items?: {
    keys: readonly string[];
    add(): void;
    remove(index: number): void;
  };
}

/** Props of a type's builder panel (type-specific properties only). */
export interface FieldPanelProps<TConfig> {
  config: TConfig;
  onChange(config: TConfig): void;
  locale: Locale;
}

/** What building a field's answer validator can ask of the engine. */
export interface AnswerSchemaContext {
  /** Answer validator of another field (a container's children). */
  fieldSchema(config: BaseFieldConfig): z.ZodMiniType;
}

/** What formatting an answer for people can ask of the engine. */
export interface FormatContext {
  locale: Locale;
  t(key: string, values?: Record<string, unknown>): string;
  /** Formats another field's answer (a container's children). */
  formatField(config: BaseFieldConfig, answer: unknown): string;
}

/**
 * Everything one field type is, in one place. Members are declared as methods on purpose: the
 * registry stores heterogeneous definitions, and method parameters are checked bivariantly.
 *
 * @example
 * export const textField = defineField({
 *   type: 'text', version: 1, migrations: [], category: 'text', layout: 'single',
 *   configSchema: textConfigSchema, create: (id) => ({ ... }), answerSchema: (config) => ..., ...
 * });
 */
export interface FieldDefinition<TType extends string, TConfig extends BaseFieldConfig & { type: TType }, TAnswer> {
  /** Stable id written into saved schemas; equals the folder name. Never rename: migrate. */
  type: TType;
  /** Bumped whenever the config changes shape; `migrations[i]` upgrades version i+1 to i+2. */
  version: number;
  migrations: readonly ((config: Record<string, unknown>) => Record<string, unknown>)[];
  category: FieldCategory;
  layout: FieldLayout;
  /** False for fields that collect nothing (content blocks, plain groups). */
  hasAnswer: boolean;
  /** Children of containers; `repeatable` ones nest their children's answers in an array of items. */
  container?: {
    repeatable: boolean;
    children(config: TConfig): readonly BaseFieldConfig[];
  };
  /** zod schema of this field's config inside a form schema; extends the base field shape. */
  configSchema: z.ZodMiniObject<{ type: z.ZodMiniLiteral<TType> } & z.core.$ZodShape>;
  /** Config for a field dropped from the palette. */
  create(id: string): TConfig;
  /** Validator of the citizen's answer; issue messages are i18n keys (see `schema/validation-message`). */
  answerSchema(config: TConfig, context: AnswerSchemaContext): z.ZodMiniType<TAnswer>;
  /** Checks against other answers of the form (e.g. a citizen ID against the date of birth). */
  crossCheck?(config: TConfig, answer: TAnswer, answers: Readonly<Record<string, unknown>>): string | undefined;
  /** Value a new form starts from. */
  emptyAnswer(config: TConfig): TAnswer;
  /** Human-readable answer for check-your-answers and the receipt; '' when unanswered. */
  formatAnswer(answer: TAnswer, config: TConfig, context: FormatContext): string;
  /** Citizen-facing controlled component. */
  Renderer(props: FieldRendererProps<TConfig, TAnswer>): ReactNode;
  /** Builder properties specific to this type (label, hint, required, visibility, prefill are shared). */
  Panel?(props: FieldPanelProps<TConfig>): ReactNode;
  /** Value kinds a prefill binding may bring, and how to turn a source value into an answer. */
  prefill?: {
    accepts: readonly ValueKind[];
    coerce(raw: unknown, config: TConfig): TAnswer | undefined;
  };
  /**
   * UI strings in Vietnamese, registered under the `fields` namespace with the prefix `<type>.`;
   * their English is `<type>.messages.en.ts`, loaded when chosen (`fields/messages-en.ts`).
   */
  messages: Record<string, unknown>;
}

/** Identity function that lets TypeScript infer a definition's generics. */
export const defineField = <TType extends string, TConfig extends BaseFieldConfig & { type: TType }, TAnswer>(
  definition: FieldDefinition<TType, TConfig, TAnswer>,
) => definition;

/** A definition with its generics erased, as the registry hands it out. */
export type AnyFieldDefinition = FieldDefinition<string, BaseFieldConfig & { type: string }, unknown>;

import type { JsonLogicRule } from '@/schema/condition';
import type { LocalizedText } from '@/schema/localized-text';
import type { Procedure, ProcedureInput } from '@/schema/procedure';
import type { CrossFieldRule } from '@/schema/rule';

/**
 * A form schema as the mock backend serves it. Deliberately looser than the registry's
 * `FormSchema`: the mocks are data a real backend would return, and the app validates them with
 * the registry on arrival. Typing the envelope, pages and base field properties here still catches
 * typos in what the mocks themselves read (ids, procedure, titles) at compile time.
 */
export interface PublishedField {
  id: string;
  type: string;
  label: LocalizedText;
  hint?: LocalizedText;
  visibleIf?: JsonLogicRule;
  required?: boolean;
  requiredIf?: JsonLogicRule;
  /** The type-specific config (options, maxLength, accept…), checked by the field type's schema. */
  [config: string]: unknown;
}

export interface PublishedPage {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  visibleIf?: JsonLogicRule;
  fields: PublishedField[];
}

export interface PublishedFormDocument {
  schemaVersion: 1;
  id: string;
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  procedure: ProcedureInput;
  pages: PublishedPage[];
  rules: CrossFieldRule[];
}

/**
 * What the mock backend itself reads of any published form (the catalogue entry, the dossier
 * code's agency); the rest is served as it is. Forms built in tests (`FormSchema`) fit too.
 */
// A type alias, not an interface, so it stays assignable to the stored record's open shape.
export type PublishableForm = {
  schemaVersion: number;
  id: string;
  version: number;
  title: LocalizedText;
  procedure: Procedure;
  pages: readonly unknown[];
  rules?: readonly unknown[];
};

/** Localized text, both languages required in our own data. */
export const text = (vi: string, en: string): LocalizedText & { en: string } => ({ vi, en });

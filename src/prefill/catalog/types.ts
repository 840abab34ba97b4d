import type { z } from '@/lib/zod';
import type { LocalizedText } from '@/schema/localized-text';
import type { ValueKind } from '@/schema/value-kind';

/** One value a data source holds, as a prefill binding names it (`hoTen`, `chuHo.soDinhDanh`). */
export interface SourceAttribute<TRecord> {
  id: string;
  label: LocalizedText;
  /** Matched against the field type's `prefill.accepts`, so only compatible bindings validate. */
  kind: ValueKind;
  /**
   * The raw value handed to the field type's `prefill.coerce`; `undefined` when the record holds
   * none (no father on the birth certificate, no business registered).
   */
  read(record: TRecord): unknown;
}

/**
 * How the portal asks a source for a record: the signed-in citizen's own (`self`), or a related
 * person's by số định danh, which the databases give only with that person's consent.
 */
export type SourceRequest =
  | { subject: 'self'; path: string }
  | { subject: 'related-person'; path(personId: string): string; headers: Readonly<Record<string, string>> };

/**
 * A database the state already holds citizens' data in. Everything a citizen is told about a
 * pre-filled value comes from here: where it came from, who owns it, and how to get it corrected
 * at the source (a locked value cannot be corrected on the form).
 */
export interface DataSource<TRecord> {
  /** Stable id written into prefill bindings and dossier origins. Never rename. */
  id: string;
  name: LocalizedText;
  agency: LocalizedText;
  /** Where a citizen goes when the held value is wrong. */
  correction: LocalizedText;
  request: SourceRequest;
  /** The API contract of the response (`lib/api-contract/registries`). */
  schema: z.core.$ZodType<TRecord>;
  attributes: readonly SourceAttribute<TRecord>[];
}

/** A source with its record type erased, as the catalog hands it out. */
export type AnyDataSource = DataSource<unknown>;

/** Identity function that lets TypeScript infer the record type from the schema. */
export const defineSource = <TRecord>(source: DataSource<TRecord>): DataSource<TRecord> => source;

/** Localized text of the catalog: both languages always given. */
export const text = (vi: string, en: string): LocalizedText & { en: string } => ({ vi, en });

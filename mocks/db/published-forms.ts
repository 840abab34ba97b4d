import { z } from 'zod';
import { formIdSchema } from '@/schema/ids';
import { localizedTextSchema } from '@/schema/localized-text';
import { procedureSchema, type ProcedureInput } from '@/schema/procedure';
import { seedForms } from '../data/forms';
import type { PublishableForm } from '../data/forms/published-form';
import { defineCollection } from './collection';

/** Forms published at run time, keyed `<id>@<version>`; the seed forms need no storage. */
const published = defineCollection(
  'published-forms',
  z.looseObject({
    schemaVersion: z.number().int(),
    id: formIdSchema,
    version: z.number().int().min(1),
    title: localizedTextSchema,
    procedure: procedureSchema,
    pages: z.array(z.unknown()).readonly(),
    rules: z.array(z.unknown()).readonly().optional(),
  }),
);

/**
 * Publishes a form version on the mock backend, as a department's publish would: from then on it
 * is listed, served and accepted in submissions. Tests use it for their own fixture forms (the DB
 * is reset after each test); publishing an existing id and version replaces it.
 */
export async function publishMockForm(form: Omit<PublishableForm, 'procedure'> & { procedure: ProcedureInput }): Promise<void> {
  const stored = { ...structuredClone(form), procedure: procedureSchema.parse(form.procedure) };
  await published.put(`${form.id}@${form.version}`, stored);
}

/** The seed forms as a backend stores them: procedure defaults applied (authored data omits them). */
let storedSeeds: PublishableForm[] | undefined;
const seeds = (): PublishableForm[] =>
  (storedSeeds ??= seedForms.map((form) => ({ ...form, procedure: procedureSchema.parse(form.procedure) })));

async function allForms(): Promise<PublishableForm[]> {
  const runtime = await published.list();
  const key = (form: PublishableForm) => `${form.id}@${form.version}`;
  const replaced = new Set(runtime.map(key));
  return [...seeds().filter((form) => !replaced.has(key(form))), ...runtime];
}

/** A published form at `version`, or its latest version when none is asked for. */
export async function findPublishedForm(id: string, version?: number): Promise<PublishableForm | undefined> {
  const versions = (await allForms()).filter((form) => form.id === id);
  if (version !== undefined) return versions.find((form) => form.version === version);
  return versions.reduce<PublishableForm | undefined>(
    (latest, form) => (latest === undefined || form.version > latest.version ? form : latest),
    undefined,
  );
}

/** The latest version of each published form, in publication order. */
export async function latestPublishedForms(): Promise<PublishableForm[]> {
  const forms = await allForms();
  const ids = [...new Set(forms.map((form) => form.id))];
  return ids.flatMap((id) =>
    forms.filter((form) => form.id === id).reduce((latest, form) => (form.version > latest.version ? form : latest)),
  );
}

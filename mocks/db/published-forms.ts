import { z } from '@/lib/zod';
import { publishedVersionSchema, type PublishedVersion } from '@/lib/api-contract/authoring';
import { formIdSchema } from '@/schema/ids';
import { localizedTextSchema } from '@/schema/localized-text';
import { procedureSchema, type ProcedureInput } from '@/schema/procedure';
import { seedForms } from '../data/forms';
import type { PublishableForm } from '../data/forms/published-form';
import { defineCollection } from './collection';
import { createLock } from './lock';

/**
 * A published document as stored: the envelope the backend reads (the procedure with its
 * defaults applied, as for the seeds), the rest kept as the author wrote it.
 */
export const publishableFormSchema = z.looseObject({
  schemaVersion: z.number().check(z.int()),
  id: formIdSchema,
  version: z.number().check(z.int(), z.minimum(1)),
  title: localizedTextSchema,
  procedure: procedureSchema,
  pages: z.readonly(z.array(z.unknown())),
  rules: z.optional(z.readonly(z.array(z.unknown()))),
});

/** Forms published at run time, keyed `<id>@<version>`; the seed forms need no storage. */
const published = defineCollection('published-forms', publishableFormSchema);

/**
 * Who published each runtime version and when, keyed like the documents. Kept beside them, not
 * inside, because the document is served to citizens as it was authored.
 */
const publications = defineCollection('form-publications', z.omit(publishedVersionSchema, { version: true }));
/** Who published a version and when. */
export type Publication = Omit<PublishedVersion, 'version'>;

/** The seed versions were "published" by the system before the portal opened (a fixed date, so lists are deterministic). */
const seedPublication: Publication = { publishedAt: '2025-07-01T08:00:00+07:00', publishedBy: 'Hệ thống' };
const versionKey = (form: { id: string; version: number }): string => `${form.id}@${form.version}`;

/**
 * Publishes a form version on the mock backend, as a department's publish would: from then on it
 * is listed, served and accepted in submissions. Tests use it for their own fixture forms (the DB
 * is reset after each test); publishing an existing id and version replaces it.
 */
export async function publishMockForm(
  form: Omit<PublishableForm, 'procedure'> & { procedure: ProcedureInput },
  publication: Publication = seedPublication,
): Promise<void> {
  const stored = { ...structuredClone(form), procedure: procedureSchema.parse(form.procedure) };
  await published.put(versionKey(form), stored);
  await publications.put(versionKey(form), publication);
}

/** A document a department publishes: any version number it carries is replaced. */
export type PublishInput = Omit<PublishableForm, 'procedure' | 'version'> & { procedure: ProcedureInput };

const serialised = createLock();

/**
 * Publishes `form` as the next version of its id (latest + 1, or 1), serialised so two publishes
 * never take the same number. Existing versions are never touched: a citizen's draft or dossier
 * on version N keeps meaning what it meant.
 */
export function publishNextVersion(form: PublishInput, publication: Publication): Promise<PublishedVersion> {
  return serialised(async () => {
    const version = ((await findPublishedForm(form.id))?.version ?? 0) + 1;
    await publishMockForm({ ...form, version }, publication);
    return { version, ...publication };
  });
}

/** Every published version of a form with who published it and when, oldest first; empty when never published. */
export async function publishedVersionsOf(id: string): Promise<PublishedVersion[]> {
  const versions = (await allForms()).filter((form) => form.id === id).sort((a, b) => a.version - b.version);
  return Promise.all(
    versions.map(async (form) => ({ version: form.version, ...((await publications.get(versionKey(form))) ?? seedPublication) })),
  );
}

/** The seed forms as a backend stores them: procedure defaults applied (authored data omits them). */
let storedSeeds: PublishableForm[] | undefined;
const seeds = (): PublishableForm[] =>
  (storedSeeds ??= seedForms.map((form) => ({ ...form, procedure: procedureSchema.parse(form.procedure) })));

async function allForms(): Promise<PublishableForm[]> {
  const runtime = await published.list();
  const replaced = new Set(runtime.map(versionKey));
  return [...seeds().filter((form) => !replaced.has(versionKey(form))), ...runtime];
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

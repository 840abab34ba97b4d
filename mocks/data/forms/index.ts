import { birthRegistrationForm } from './birth-registration';
import type { PublishedFormDocument } from './published-form';

/** Every published form version the mock backend serves; a new version is a new entry. */
export const publishedForms: readonly PublishedFormDocument[] = [birthRegistrationForm];

/** A published form at `version`, or its latest version when none is asked for. */
export function findPublishedForm(id: string, version?: number): PublishedFormDocument | undefined {
  const versions = publishedForms.filter((form) => form.id === id);
  if (version !== undefined) return versions.find((form) => form.version === version);
  return versions.reduce<PublishedFormDocument | undefined>(
    (latest, form) => (latest === undefined || form.version > latest.version ? form : latest),
    undefined,
  );
}

/** The latest version of each published form. */
export const latestPublishedForms = (): PublishedFormDocument[] =>
  [...new Set(publishedForms.map((form) => form.id))].flatMap((id) => findPublishedForm(id) ?? []);

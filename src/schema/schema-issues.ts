import type { z } from '@/lib/zod';

/** One readable problem of a rejected schema document, with where it is. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** `['pages', 1, 'fields', 0, 'label']` → `pages[1].fields[0].label` */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(root)';

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    root,
  );

/**
 * Turns zod's issues into a list an author can act on. Zod reports an unknown field type as a
 * generic union failure, so that case is named explicitly.
 */
export function toSchemaIssues(error: z.core.$ZodError, input: unknown): SchemaIssue[] {
  return error.issues.map((issue) => {
    if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'type') {
      const path = issue.path[issue.path.length - 1] === 'type' ? issue.path : [...issue.path, 'type'];
      return { path: formatPath(path), message: `Unknown field type "${String(valueAt(input, path))}"` };
    }
    return { path: formatPath(issue.path), message: issue.message };
  });
}

import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseFormSchema, type ParsedFormSchema } from '@/engine/parse-form-schema';
import { apiRequest } from '@/lib/api-client';
import { formDocumentSchema, formPath } from '@/lib/api-contract/forms';
import { validateBindings } from '@/prefill/validate-bindings';
import { preloadRenderers } from '@/renderer/preload-renderers';

/** A valid schema whose prefill bindings the catalog cannot serve is as broken as an invalid one. */
function checkForm(document: unknown): ParsedFormSchema {
  const parsed = parseFormSchema(document);
  if (!parsed.ok) return parsed;
  const issues = validateBindings(parsed.schema);
  if (issues.length > 0) return { ok: false, issues };
  // While the draft and the registries are asked for, the renderers the form loads on first use come too.
  preloadRenderers(parsed.schema.pages.flatMap((page) => page.fields));
  return parsed;
}

/**
 * The published form schema, validated against the schema language and the data-source catalog
 * before anything renders it.
 */
export const publishedFormQueryOptions = (formId: string, version?: number) =>
  queryOptions({
    queryKey: ['forms', formId, version ?? 'latest'],
    queryFn: async ({ signal }) => {
      const path = version === undefined ? formPath(formId) : `${formPath(formId)}?version=${version}`;
      return checkForm(await apiRequest(path, { schema: formDocumentSchema, signal }));
    },
    staleTime: Infinity,
  });

export const usePublishedForm = (formId: string, version?: number) => useQuery(publishedFormQueryOptions(formId, version));

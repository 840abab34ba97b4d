import { queryOptions, useQuery } from '@tanstack/react-query';
import { parseFormSchema } from '@/engine/parse-form-schema';
import { apiRequest } from '@/lib/api-client';
import { formDocumentSchema, formListSchema, formPath, formsPath } from '@/lib/api-contract/forms';

/** The published form schema, validated against the schema language before anything renders it. */
export const publishedFormQueryOptions = (formId: string, version?: number) =>
  queryOptions({
    queryKey: ['forms', formId, version ?? 'latest'],
    queryFn: async ({ signal }) => {
      const path = version === undefined ? formPath(formId) : `${formPath(formId)}?version=${version}`;
      return parseFormSchema(await apiRequest(path, { schema: formDocumentSchema, signal }));
    },
    staleTime: Infinity,
  });

export const usePublishedForm = (formId: string, version?: number) => useQuery(publishedFormQueryOptions(formId, version));

export const formListQueryOptions = () =>
  queryOptions({ queryKey: ['forms'], queryFn: ({ signal }) => apiRequest(formsPath, { schema: formListSchema, signal }) });

export const useFormList = () => useQuery(formListQueryOptions());

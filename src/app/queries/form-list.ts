import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { formListSchema, formsPath } from '@/lib/api-contract/forms';

/**
 * The published procedures and their summaries (the catalogue, a procedure's page, my dossiers).
 * Apart from `get-published-form.ts`, so these pages do not load the form engine that parses a
 * whole form (the field types, the data-source catalog).
 */
export const formListQueryOptions = () =>
  queryOptions({ queryKey: ['forms'], queryFn: ({ signal }) => apiRequest(formsPath, { schema: formListSchema, signal }) });

export const useFormList = () => useQuery(formListQueryOptions());

import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { formListSchema, formsPath } from '@/lib/api-contract/forms';
import { useLocale } from '@/renderer/use-locale';
import { localize } from '@/schema/localized-text';

/**
 * Procedure names for the dashboard's rows: testers read "Đăng ký khai sinh", not the form id.
 * Shares the catalogue's query; until it answers (or for a form no longer published) the id shows.
 */
export function useProcedureName(): (formId: string) => string {
  const locale = useLocale();
  const forms = useQuery({ queryKey: ['forms'], queryFn: ({ signal }) => apiRequest(formsPath, { schema: formListSchema, signal }) });
  const names = new Map(forms.data?.forms.map((form) => [form.id, localize(form.procedure.name, locale)]));
  return (formId) => names.get(formId) ?? formId;
}

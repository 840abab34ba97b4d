import type { FormSchema } from '@/schema/create-form-schema';
import { useFormVersion } from '../api/get-form-version';
import { toEditableDocument } from '../state/editable-document';

/** A published version as a form schema (for diffs and downloads); `undefined` until loaded. */
export function usePublishedVersion(formId: string, version: number | null): { schema: FormSchema | undefined; failed: boolean } {
  const query = useFormVersion(formId, version);
  return { schema: query.data ? toEditableDocument(query.data) : undefined, failed: query.isError };
}

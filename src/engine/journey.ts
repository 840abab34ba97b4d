import type { FormSchema } from '@/schema/create-form-schema';
import { visiblePages } from './visibility';

type Answers = Readonly<Record<string, unknown>>;

/** Where a page sits in the journey the answers define: "Bước 2/5". */
export function pagePosition(schema: FormSchema, pageId: string, answers: Answers) {
  const pages = visiblePages(schema, answers);
  const index = pages.findIndex((page) => page.id === pageId);
  return {
    index,
    total: pages.length,
    previousId: index > 0 ? pages[index - 1]?.id : undefined,
    /** Undefined on the last page: the next stop is "check your answers". */
    nextId: index >= 0 ? pages[index + 1]?.id : undefined,
  };
}

export const firstPageId = (schema: FormSchema, answers: Answers): string | undefined =>
  visiblePages(schema, answers)[0]?.id;

import type { FormSchema } from '@/schema/create-form-schema';
import { fieldIds } from './field-tree';

/** `repeatable-group` → `repeatableGroup`: field ids are identifiers (they are answer keys). */
const camel = (type: string) => type.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The first free `<type><n>` id (`text1`, `text2`…), unique across the whole form. */
export function newFieldId(form: FormSchema, type: string): string {
  const taken = fieldIds(form);
  const base = camel(type);
  let n = 1;
  while (taken.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

/** The first free `trang-<n>` page id (page ids are kebab-case, they appear in URLs). */
export function newPageId(form: FormSchema): string {
  const taken = new Set(form.pages.map((page) => page.id));
  let n = form.pages.length + 1;
  while (taken.has(`trang-${n}`)) n += 1;
  return `trang-${n}`;
}

/** A copy's id: `hoTen` → `hoTen_2` (then `_3`…). */
export function copyFieldId(taken: ReadonlySet<string>, id: string): string {
  let n = 2;
  while (taken.has(`${id}_${n}`)) n += 1;
  return `${id}_${n}`;
}

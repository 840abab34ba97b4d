import { z } from '@/lib/zod';

/**
 * A field id is also the key of its answer in submissions and in JSON Logic `var`s,
 * so it must be a plain identifier (no dots: dots address items of repeatable groups).
 */
export const fieldIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, { error: 'Use letters, digits and _ only, starting with a letter' }));

/** Page ids appear in URLs, so they are kebab-case. */
export const pageIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use lower-case kebab-case (e.g. thong-tin-me)' }));

/** Form ids appear in URLs and identify a procedure's e-form across versions. */
export const formIdSchema = pageIdSchema;

/** The top-level field an answer path sits in: `thanhVien.0.hoTen` → `thanhVien`. */
export const topLevelFieldId = (path: string): string => {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
};

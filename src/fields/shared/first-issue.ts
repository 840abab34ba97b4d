import type { z } from '@/lib/zod';
import { parseMessage } from '@/schema/validation-message';

/**
 * The first validation message an answer gets, split into i18n key and values, or undefined
 * when the answer is valid. For table-driven tests of answer schemas.
 */
export function firstIssue(
  schema: z.ZodMiniType,
  answer: unknown,
): { key: string; values: Record<string, string | number> } | undefined {
  const result = schema.safeParse(answer);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue ? parseMessage(issue.message) : undefined;
}

/** Just the key of the first message ('' when the answer is valid), for `it.each` tables. */
export const firstIssueKey = (schema: z.ZodMiniType, answer: unknown): string => firstIssue(schema, answer)?.key ?? '';

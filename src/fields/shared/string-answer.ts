import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import { hasControlCharacters, hasPictographs } from './text-rules';

/**
 * A typed answer checked by its type's own rules: blank text means unanswered (an issue only when
 * the field is required); any other text goes to `check`, which returns its first problem's
 * message, or `undefined` when the answer is fine.
 */
export const checkedStringAnswer = (required: boolean, check: (value: string) => string | undefined) =>
  z.string({ error: message('fields:common.errors.required') }).check(
    z.superRefine((value, ctx) => {
      if (value.trim() === '') {
        if (required) ctx.addIssue({ code: 'custom', message: message('fields:common.errors.required') });
        return;
      }
      const problem = check(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );

interface StringAnswerOptions {
  required: boolean;
  maxLength: number;
  /** Allow line breaks (textarea). */
  multiline?: boolean;
}

/**
 * The common string answer: '' means unanswered; a required answer must have non-blank text.
 * Messages are generic keys interpolated with the field label by the renderer.
 */
export const stringAnswer = ({ required, maxLength, multiline = false }: StringAnswerOptions) =>
  checkedStringAnswer(required, (value) => {
    if (hasControlCharacters(value) || (!multiline && /[\r\n]/.test(value))) {
      return message('fields:common.errors.controlCharacters');
    }
    if (hasPictographs(value)) return message('fields:common.errors.emoji');
    if (value.trim().length > maxLength) return message('fields:common.errors.tooLong', { max: maxLength });
    return undefined;
  });

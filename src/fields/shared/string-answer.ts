import { z } from 'zod';
import { message } from '@/schema/validation-message';
import { hasControlCharacters, hasPictographs } from './text-rules';

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
  z
    .string({ error: message('fields:common.errors.required') })
    .superRefine((value, ctx) => {
      const text = value.trim();
      if (text === '') {
        if (required) ctx.addIssue({ code: 'custom', message: message('fields:common.errors.required') });
        return;
      }
      if (hasControlCharacters(value) || (!multiline && /[\r\n]/.test(value))) {
        ctx.addIssue({ code: 'custom', message: message('fields:common.errors.controlCharacters') });
      } else if (hasPictographs(value)) {
        ctx.addIssue({ code: 'custom', message: message('fields:common.errors.emoji') });
      } else if (text.length > maxLength) {
        ctx.addIssue({ code: 'custom', message: message('fields:common.errors.tooLong', { max: maxLength }) });
      }
    });

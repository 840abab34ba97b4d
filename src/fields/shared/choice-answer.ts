import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import { isOptionValue, type ChoiceOption } from './choice-options';

/**
 * One option value, '' for none. Shared by radios and select: the same answer, another widget.
 * `type` names the message prefix of the owning field type.
 */
export const singleChoiceAnswerSchema = (
  config: { required: boolean; options: readonly ChoiceOption[] },
  type: string,
) =>
  z.string({ error: message('fields:common.errors.requiredChoice') }).check(
    z.superRefine((value, ctx) => {
      if (value === '') {
        if (config.required) ctx.addIssue({ code: 'custom', message: message('fields:common.errors.requiredChoice') });
      } else if (!isOptionValue(config.options, value)) {
        ctx.addIssue({ code: 'custom', message: message(`fields:${type}.errors.notAnOption`) });
      }
    }),
  );

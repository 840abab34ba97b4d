import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import type { YesNoConfig } from './yes-no.config';

const required = message('fields:common.errors.requiredChoice');

/** true = Có, false = Không, null = not answered yet. */
export const yesNoAnswerSchema = (config: YesNoConfig) =>
  z.nullable(z.boolean({ error: required })).check(z.refine((answer) => answer !== null || !config.required, { error: required }));

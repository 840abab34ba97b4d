import { z } from 'zod';
import { message } from '@/schema/validation-message';
import type { YesNoConfig } from './yes-no.config';

const required = message('fields:common.errors.requiredChoice');

/** true = Có, false = Không, null = not answered yet. */
export const yesNoAnswerSchema = (config: YesNoConfig) =>
  z.boolean({ error: required }).nullable().refine((answer) => answer !== null || !config.required, { error: required });

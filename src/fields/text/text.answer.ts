import { z } from '@/lib/zod';
import { authoredMessage } from '@/schema/validation-message';
import { stringAnswer } from '../shared/string-answer';
import type { TextConfig } from './text.config';

/** Regexes are compiled once per config, not per keystroke. */
const compiled = new WeakMap<TextConfig, RegExp>();
const patternOf = (config: TextConfig): RegExp | undefined => {
  if (!config.pattern) return undefined;
  let regex = compiled.get(config);
  if (!regex) {
    regex = new RegExp(config.pattern.regex, 'u');
    compiled.set(config, regex);
  }
  return regex;
};

export const textAnswerSchema = (config: TextConfig) =>
  stringAnswer({ required: config.required, maxLength: config.maxLength }).check(
    z.superRefine((value, ctx) => {
      const pattern = patternOf(config);
      const text = value.trim();
      if (pattern && config.pattern && text !== '' && !pattern.test(text)) {
        ctx.addIssue({ code: 'custom', message: authoredMessage(config.pattern.message) });
      }
    }),
  );

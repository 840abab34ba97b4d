import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import type { Locale } from '@/schema/localized-text';
import { isOptionValue, optionLabel } from '../shared/choice-options';
import type { CheckboxesConfig } from './checkboxes.config';

const required = message('fields:common.errors.requiredChoice');

/** The values of the ticked options; [] for none. */
export const checkboxesAnswerSchema = (config: CheckboxesConfig) =>
  z.array(z.string(), { error: required }).check(
    z.superRefine((values, ctx) => {
      const fail = (text: string) => ctx.addIssue({ code: 'custom', message: text });
      if (values.some((value) => !isOptionValue(config.options, value))) fail(message('fields:checkboxes.errors.notAnOption'));
      else if (values.length === 0) {
        if (config.required) fail(required);
      } else if (config.minSelected !== undefined && values.length < config.minSelected) {
        fail(message('fields:checkboxes.errors.minSelected', { min: config.minSelected }));
      } else if (config.maxSelected !== undefined && values.length > config.maxSelected) {
        fail(message('fields:checkboxes.errors.maxSelected', { max: config.maxSelected }));
      }
    }),
  );

/** Adds or removes one value, keeping the options' order so answers read the same everywhere. */
export const toggleValue = (config: CheckboxesConfig, values: readonly string[], value: string, checked: boolean) =>
  config.options
    .map((option) => option.value)
    .filter((option) => (option === value ? checked : values.includes(option)));

/** One ticked option per line, in the options' order. */
export const formatCheckboxesAnswer = (answer: readonly string[] | undefined, config: CheckboxesConfig, locale: Locale) =>
  config.options
    .filter((option) => (answer ?? []).includes(option.value))
    .map((option) => optionLabel(config.options, option.value, locale))
    .join('\n');

import { answerValidator } from '@/engine/answer-validators';
import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import { fieldOptions } from './field-options';

/**
 * Every answer a field can hold, when that is a short list: the empty answer plus each option
 * (a single choice), each set of options (a multiple choice), or true and false (a field whose
 * answer validator takes booleans: yes-no, consent). `undefined` for open answers (text, dates,
 * numbers): conditions over those are treated as satisfiable by representative values instead.
 * Read from the registry (empty answer, answer validator) and the config's options, not the type.
 */
export function answerDomain(field: BaseFieldConfig): readonly unknown[] | undefined {
  const definition = fieldRegistry.of(field);
  if (!definition.hasAnswer || definition.container) return undefined;
  const empty = definition.emptyAnswer(field);
  const options = fieldOptions(field);
  if (options) {
    const values = options.map((option) => option.value);
    return Array.isArray(empty) ? [empty, ...subsets(values)] : [empty, ...values];
  }
  const validator = answerValidator(field, false);
  if (validator.safeParse(true).success && validator.safeParse(false).success) {
    return empty === true || empty === false ? [true, false] : [empty, true, false];
  }
  return undefined;
}

/** Above this many options only single picks and "all" are tried: 2^n sets would not finish. */
const maxOptionsForAllSets = 6;

function subsets(values: readonly string[]): string[][] {
  if (values.length > maxOptionsForAllSets) return [...values.map((value) => [value]), [...values]];
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask++) sets.push(values.filter((_, index) => (mask & (1 << index)) !== 0));
  return sets;
}

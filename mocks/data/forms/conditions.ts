import type { JsonLogicRule } from '@/schema/condition';

/** JSON Logic builders for the forms' data: they produce plain documents, nothing more. */
export const answerOf = (field: string): JsonLogicRule => ({ var: field });

/** The field's answer equals `value` (`===`: a yes-no answer is a boolean, a choice a string). */
export const is = (field: string, value: string | boolean): JsonLogicRule => ({ '===': [answerOf(field), value] });

export const isYes = (field: string): JsonLogicRule => is(field, true);

/** The field is unanswered (empty string, null, missing). */
export const isBlank = (field: string): JsonLogicRule => ({ '!': answerOf(field) });

/** A choice has been made and it is not `value`. */
export const isSetAndNot = (field: string, value: string): JsonLogicRule => ({
  and: [{ '!!': answerOf(field) }, { '!==': [answerOf(field), value] }],
});

/**
 * `earlier` is before `later` (ISO yyyy-mm-dd strings compare as dates), or one of them is not
 * answered yet: a missing date is the date field's own error, not this rule's.
 */
export const isBefore = (earlier: string, later: string): JsonLogicRule => ({
  or: [isBlank(earlier), isBlank(later), { '<': [answerOf(earlier), answerOf(later)] }],
});

import { z } from '@/lib/zod';

/**
 * Operators accepted in conditions: the json-logic-js built-ins. Rejecting anything else at
 * schema validation turns a typo into a readable error instead of a silently false rule. `log` is
 * left out on purpose: it writes its argument (an answer, personal data) to the browser console.
 */
export const jsonLogicOperators = new Set([
  'var', 'missing', 'missing_some', 'if', '?:', '==', '===', '!=', '!==', '!', '!!', 'or', 'and',
  '>', '>=', '<', '<=', 'max', 'min', '+', '-', '*', '/', '%', 'map', 'reduce', 'filter', 'all',
  'none', 'some', 'merge', 'in', 'cat', 'substr',
]);

/** A JSON Logic document: a primitive, an array of rules, or `{ operator: args }`. */
export type JsonLogicRule =
  | string
  | number
  | boolean
  | null
  | JsonLogicRule[]
  | { [operator: string]: JsonLogicRule };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Finds the first structural problem of a JSON Logic document, with the path to it. */
export function findJsonLogicProblem(
  rule: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; message: string } | undefined {
  if (rule === null || ['string', 'number', 'boolean'].includes(typeof rule)) return undefined;
  if (Array.isArray(rule)) {
    for (const [index, item] of rule.entries()) {
      const problem = findJsonLogicProblem(item, [...path, index]);
      if (problem) return problem;
    }
    return undefined;
  }
  if (!isPlainObject(rule)) return { path, message: 'Not a JSON Logic value' };
  const keys = Object.keys(rule);
  if (keys.length !== 1) {
    return { path, message: `A JSON Logic rule has exactly one operator, found ${keys.length}` };
  }
  const operator = keys[0] as string;
  if (!jsonLogicOperators.has(operator)) {
    return { path: [...path, operator], message: `Unknown JSON Logic operator "${operator}"` };
  }
  return findJsonLogicProblem(rule[operator], [...path, operator]);
}

/** Conditions (visible-if, required-if, cross-field rules) are JSON Logic documents. */
export const conditionSchema = z.custom<JsonLogicRule>().check(
  z.superRefine((rule, ctx) => {
    const problem = findJsonLogicProblem(rule);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  }),
);

/** The answer keys a rule reads (`{"var": "x.y"}` → "x"), so a field subscribes only to those. */
export function conditionVariables(rule: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(rule)) {
    for (const item of rule) conditionVariables(item, found);
  } else if (isPlainObject(rule)) {
    for (const [operator, args] of Object.entries(rule)) {
      if (operator === 'var') {
        const name = Array.isArray(args) ? args[0] : args;
        if (typeof name === 'string' && name !== '') found.add(name.split('.')[0] as string);
        else conditionVariables(args, found);
      } else {
        conditionVariables(args, found);
      }
    }
  }
  return found;
}

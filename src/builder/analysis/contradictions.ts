import type { JsonLogicRule } from '@/schema/condition';

/** Two tests of one `and` that cannot both hold: the field equal to two values, or equal and not equal to one. */
export interface Contradiction {
  field: string;
  first: string;
  second: string;
}

type Test = { field: string; value: unknown; equal: boolean };

const isPrimitive = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

const varName = (rule: unknown): string | undefined => {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule) || !('var' in rule)) return undefined;
  const name = (rule as { var: unknown }).var;
  return typeof name === 'string' ? name : undefined;
};

/** `{"===": [{"var": "x"}, "a"]}` (either order) as a test; anything else is not one. */
function asTest(rule: unknown): Test | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const [operator, args] = Object.entries(rule)[0] ?? [];
  if (!operator || !['==', '===', '!=', '!=='].includes(operator) || !Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args as unknown[];
  const field = varName(left) ?? varName(right);
  const value = varName(left) === undefined ? left : right;
  if (field === undefined || !isPrimitive(value)) return undefined;
  return { field, value, equal: operator.startsWith('==') };
}

const show = (test: Test): string => `${test.equal ? '=' : '≠'} ${JSON.stringify(test.value)}`;

function clash(tests: readonly Test[]): Contradiction | undefined {
  for (const [index, first] of tests.entries()) {
    for (const second of tests.slice(index + 1)) {
      if (first.field !== second.field) continue;
      const bothEqual = first.equal && second.equal && first.value !== second.value;
      const equalAndNot = first.equal !== second.equal && first.value === second.value;
      if (bothEqual || equalAndNot) return { field: first.field, first: show(first), second: show(second) };
    }
  }
  return undefined;
}

/**
 * Finds an `and` (at any depth) whose parts test one field against values that exclude each
 * other. Plain structure, no answers needed: it holds for open answers too, where enumerating
 * values cannot help, and it names the two parts so the author sees which to fix.
 */
export function findContradiction(rule: JsonLogicRule): Contradiction | undefined {
  if (Array.isArray(rule)) {
    for (const item of rule) {
      const found = findContradiction(item);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof rule !== 'object' || rule === null) return undefined;
  for (const [operator, args] of Object.entries(rule)) {
    if (operator === 'and' && Array.isArray(args)) {
      const found = clash(args.flatMap((part) => asTest(part) ?? []));
      if (found) return found;
    }
    const inner = findContradiction(args);
    if (inner) return inner;
  }
  return undefined;
}

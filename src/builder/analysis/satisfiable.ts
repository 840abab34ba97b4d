import { evaluateCondition } from '@/engine/evaluate-condition';
import { conditionVariables, type JsonLogicRule } from '@/schema/condition';

/** What a variable can hold: a known list (choice fields) or `undefined` for an open answer. */
export type Domains = ReadonlyMap<string, readonly unknown[] | undefined>;

/** Beyond this many combinations the search gives up and calls the rule satisfiable (no false alarms). */
const maxCombinations = 20_000;

/**
 * Operators under which an open answer can be stood in for by the rule's own constants (and a
 * neighbour of each number): comparisons and logic. With anything else (`cat`, `substr`, `map`…)
 * a rule reading an open answer is assumed satisfiable.
 */
const comparisonOperators = new Set(['var', '==', '===', '!=', '!==', '!', '!!', 'and', 'or', 'if', '?:', '<', '<=', '>', '>=', 'in', 'missing', 'missing_some']);

function walk(rule: unknown, visit: (operator: string | undefined, value: unknown) => void): void {
  if (Array.isArray(rule)) rule.forEach((item) => walk(item, visit));
  else if (typeof rule === 'object' && rule !== null) {
    for (const [operator, args] of Object.entries(rule)) {
      visit(operator, args);
      if (operator !== 'var') walk(args, visit);
    }
  } else visit(undefined, rule);
}

/** The primitive constants a rule compares with (not the names it reads). */
export function ruleConstants(rule: unknown): unknown[] {
  const found = new Set<unknown>();
  walk(rule, (operator, value) => {
    if (operator === undefined) found.add(value);
  });
  return [...found];
}

const usesOnlyComparisons = (rule: unknown): boolean => {
  let only = true;
  walk(rule, (operator) => {
    if (operator !== undefined && !comparisonOperators.has(operator)) only = false;
  });
  return only;
};

/** Stand-ins for an open answer: unanswered, two distinct answers, and the rule's constants with neighbours. */
const openStandIns = (constants: readonly unknown[]): unknown[] => [
  ...new Set<unknown>(['', null, 'gia-tri-khac-1', 'gia-tri-khac-2', ...constants.flatMap((value) => (typeof value === 'number' ? [value - 1, value, value + 1] : [value]))]),
];

/**
 * Values of a long list that the rule never names behave alike: keep those it names, the first
 * value (often the empty answer) and two unnamed ones (so "equal" and "different" both stay possible).
 */
function narrowed(domain: readonly unknown[], constants: readonly unknown[]): unknown[] {
  const named = (value: unknown) => constants.some((constant) => constant === value || (Array.isArray(value) && value.includes(constant)));
  const unnamed = domain.slice(1).filter((value) => !named(value));
  return [...new Set([domain[0], ...domain.filter(named), ...unnamed.slice(0, 2)])];
}

/**
 * Whether some combination of answers makes the rule true, tried with the engine's own evaluator.
 * Exhaustive over the choice fields it reads; open answers get stand-ins. When in doubt (too many
 * combinations, unusual operators over open answers) the answer is `true`: the checks built on
 * this only ever report what is certainly unreachable.
 */
export function isSatisfiable(rule: JsonLogicRule, domains: Domains): boolean {
  const names = [...conditionVariables(rule)];
  const constants = ruleConstants(rule);
  const open = names.some((name) => domains.get(name) === undefined);
  if (open && !usesOnlyComparisons(rule)) return true;
  const values = names.map((name) => {
    const domain = domains.get(name);
    return domain === undefined ? openStandIns(constants) : narrowed(domain, constants);
  });
  if (values.reduce((product, list) => product * list.length, 1) > maxCombinations) return true;
  const data: Record<string, unknown> = {};
  const search = (index: number): boolean => {
    if (index === names.length) return evaluateCondition(rule, data);
    for (const value of values[index] ?? []) {
      data[names[index] as string] = value;
      if (search(index + 1)) return true;
    }
    return false;
  };
  return search(0);
}

import type { JsonLogicRule } from '@/schema/condition';

/** What the condition editor offers; each maps to exactly one JSON Logic shape (see `toRule`). */
export const conditionOperators = ['equals', 'not-equals', 'answered', 'not-answered', 'includes', 'greater', 'less'] as const;
export type ConditionOperator = (typeof conditionOperators)[number];

/** Operators that compare with a value the author gives (the others only look at the answer). */
export const operatorTakesValue = (operator: ConditionOperator): boolean => operator !== 'answered' && operator !== 'not-answered';

export type ConditionValue = string | number | boolean;

/** "Field · operator · value": one line of the condition editor. */
export interface ConditionRow {
  fieldId: string;
  operator: ConditionOperator;
  value?: ConditionValue | undefined;
}

/** Lines joined by "all of" (and) or "any of" (or). */
export interface SimpleCondition {
  combinator: 'all' | 'any';
  rows: ConditionRow[];
}

const answer = (fieldId: string) => ({ var: fieldId });

function toRule(row: ConditionRow): JsonLogicRule {
  const value = row.value ?? '';
  switch (row.operator) {
    case 'equals':
      return { '===': [answer(row.fieldId), value] };
    case 'not-equals':
      return { '!==': [answer(row.fieldId), value] };
    case 'answered':
      return { '!!': [answer(row.fieldId)] };
    case 'not-answered':
      return { '!': [answer(row.fieldId)] };
    case 'includes':
      // A ticked box: the checkboxes answer is an array of option values.
      return { in: [value, answer(row.fieldId)] };
    case 'greater':
      return { '>': [answer(row.fieldId), value] };
    case 'less':
      return { '<': [answer(row.fieldId), value] };
  }
}

/** The JSON Logic document stored in the schema; `undefined` when there is no line (always shown). */
export function toJsonLogic(condition: SimpleCondition): JsonLogicRule | undefined {
  const rules = condition.rows.filter((row) => row.fieldId !== '').map(toRule);
  if (rules.length === 0) return undefined;
  if (rules.length === 1) return rules[0];
  return { [condition.combinator === 'all' ? 'and' : 'or']: rules };
}

const isObject = (rule: unknown): rule is Record<string, unknown> => typeof rule === 'object' && rule !== null && !Array.isArray(rule);

/** `{"var": "id"}` (or `{"var": ["id"]}`) → "id"; anything else is not a plain answer. */
function readVar(rule: unknown): string | undefined {
  if (!isObject(rule) || Object.keys(rule).length !== 1 || !('var' in rule)) return undefined;
  const path = Array.isArray(rule.var) ? rule.var[0] : rule.var;
  return typeof path === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(path) ? path : undefined;
}

const isValue = (value: unknown): value is ConditionValue => ['string', 'number', 'boolean'].includes(typeof value);

const comparisons: Record<string, ConditionOperator> = {
  '===': 'equals',
  '==': 'equals',
  '!==': 'not-equals',
  '!=': 'not-equals',
  '>': 'greater',
  '<': 'less',
};

function fromRule(rule: unknown): ConditionRow | undefined {
  if (!isObject(rule) || Object.keys(rule).length !== 1) return undefined;
  const [operator, rawArgs] = Object.entries(rule)[0] as [string, unknown];
  const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
  if (operator === '!!' || operator === '!') {
    const fieldId = args.length === 1 ? readVar(args[0]) : undefined;
    return fieldId ? { fieldId, operator: operator === '!!' ? 'answered' : 'not-answered' } : undefined;
  }
  if (operator === 'in') {
    const fieldId = readVar(args[1]);
    return fieldId && args.length === 2 && isValue(args[0]) ? { fieldId, operator: 'includes', value: args[0] } : undefined;
  }
  const mapped = comparisons[operator];
  const fieldId = readVar(args[0]);
  if (!mapped || !fieldId || args.length !== 2 || !isValue(args[1])) return undefined;
  return { fieldId, operator: mapped, value: args[1] };
}

/**
 * Reads a stored rule back into editor lines, or `undefined` when it says more than the simple
 * editor can show (nested and/or, arithmetic): the author then edits the raw JSON Logic, and
 * nothing an expert wrote is rewritten behind their back.
 */
export function fromJsonLogic(rule: JsonLogicRule | undefined): SimpleCondition | undefined {
  if (rule === undefined) return { combinator: 'all', rows: [] };
  if (isObject(rule) && Object.keys(rule).length === 1 && ('and' in rule || 'or' in rule)) {
    const list = rule.and ?? rule.or;
    if (!Array.isArray(list)) return undefined;
    const rows = list.map(fromRule);
    if (rows.some((row) => row === undefined)) return undefined;
    return { combinator: 'and' in rule ? 'all' : 'any', rows: rows as ConditionRow[] };
  }
  const row = fromRule(rule);
  return row ? { combinator: 'all', rows: [row] } : undefined;
}

import jsonLogic from 'json-logic-js';
import type { JsonLogicRule } from '@/schema/condition';

type Data = Readonly<Record<string, unknown>>;

/**
 * Evaluates a JSON Logic condition with JSON Logic's own truthiness (an empty list is false).
 * A rule that throws (bad data shape) counts as false rather than breaking the page.
 */
export function evaluateCondition(rule: JsonLogicRule, data: Data): boolean {
  try {
    return jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
  } catch {
    return false;
  }
}

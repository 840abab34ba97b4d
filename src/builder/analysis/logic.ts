import { conditionVariables, type JsonLogicRule } from '@/schema/condition';
import type { FormPage, FormSchema } from '@/schema/create-form-schema';
import { answerDomain } from './answer-domains';
import { findContradiction } from './contradictions';
import { analysisMessage, type Finding, type FindingTarget, type Severity } from './finding';
import { isAnswerField, locateFields, type LocatedField } from './form-walk';
import { isSatisfiable, type Domains } from './satisfiable';

interface Context {
  domains: Domains;
  /** Page index of each answer field: where the citizen answers it. */
  answeredOn: ReadonlyMap<string, number>;
  pages: readonly FormPage[];
}

const all = (rules: readonly JsonLogicRule[]): JsonLogicRule => (rules.length === 1 ? (rules[0] as JsonLogicRule) : { and: [...rules] });

const finding = (severity: Severity, target: FindingTarget, key: string, values: Parameters<typeof analysisMessage>[1] = {}): Finding => ({
  check: 'logic',
  severity,
  target,
  message: analysisMessage(`logic.${key}`, values),
});

/**
 * Problems of one condition itself: contradictory parts, and answers it reads that the citizen
 * gives only later (`sameOrLater`: a page's own condition cannot read its own fields either).
 */
function conditionFindings(rule: JsonLogicRule, pageIndex: number, sameOrLater: boolean, target: FindingTarget, context: Context): Finding[] {
  const contradiction = findContradiction(rule);
  if (contradiction) return [finding('error', target, 'contradiction', { ...contradiction })];
  const findings: Finding[] = [];
  for (const name of conditionVariables(rule)) {
    const answered = context.answeredOn.get(name);
    if (answered === undefined || answered < pageIndex || (answered === pageIndex && !sameOrLater)) continue;
    const page = context.pages[answered] as FormPage;
    findings.push(finding('error', target, answered === pageIndex ? 'readsOwnPage' : 'readsLaterPage', { field: name, page: page.title }));
  }
  return findings;
}

function pageFindings(page: FormPage, pageIndex: number, context: Context): Finding[] {
  const target = { pageId: page.id };
  if (page.visibleIf !== undefined) {
    const problems = conditionFindings(page.visibleIf, pageIndex, true, target, context);
    if (problems.length > 0) return problems;
    if (!isSatisfiable(page.visibleIf, context.domains)) return [finding('error', target, 'unreachablePage')];
  }
  if (page.fields.length === 0) return [finding('warning', target, 'emptyPage')];
  const shown = page.fields.map((field) => field.visibleIf);
  if (shown.includes(undefined)) return [];
  // Some answers show the page yet hide every field on it: the citizen meets a blank step.
  const blank = all([...(page.visibleIf === undefined ? [] : [page.visibleIf]), { '!': { or: shown as JsonLogicRule[] } }]);
  return isSatisfiable(blank, context.domains) ? [finding('warning', target, 'pageCanBeEmpty')] : [];
}

function fieldFindings(entry: LocatedField, context: Context): Finding[] {
  const { field, pageIndex, enclosing } = entry;
  const target = { pageId: entry.page.id, fieldId: field.id };
  const findings: Finding[] = [];
  let visibility = [...enclosing];
  if (field.visibleIf !== undefined) {
    const problems = conditionFindings(field.visibleIf, pageIndex, false, target, context);
    findings.push(...problems);
    // An unreachable page or group is reported once, not again for each field inside it.
    const enclosingReachable = enclosing.length === 0 || isSatisfiable(all(enclosing), context.domains);
    visibility = [...visibility, field.visibleIf];
    if (problems.length === 0 && enclosingReachable && !isSatisfiable(all(visibility), context.domains)) {
      return [...findings, finding('error', target, 'unreachableField', { field: field.label })];
    }
  }
  if (field.requiredIf !== undefined) {
    const problems = conditionFindings(field.requiredIf, pageIndex, false, target, context);
    findings.push(...problems);
    const reachable = visibility.length === 0 || isSatisfiable(all(visibility), context.domains);
    if (problems.length === 0 && reachable && !isSatisfiable(all([...visibility, field.requiredIf]), context.domains)) {
      findings.push(finding('warning', target, 'requiredNeverApplies', { field: field.label }));
    }
  }
  return findings;
}

/**
 * The form's conditions, checked before a citizen meets them: pages and fields no answers can
 * show, contradictory conditions, conditions reading answers given only on a later page (not yet
 * answered when the page is shown), `requiredIf` that can never apply where the field is visible,
 * and pages some answers leave blank. Choice answers are enumerated; open answers never make a
 * condition count as unreachable on a guess. Fields inside repeatable groups read their item's
 * answers and are left out.
 */
export function checkLogic(schema: FormSchema): Finding[] {
  const located = locateFields(schema).filter((entry) => !entry.repeated);
  const answerFields = located.filter((entry) => isAnswerField(entry.field));
  const context: Context = {
    domains: new Map(answerFields.map((entry) => [entry.field.id, answerDomain(entry.field)])),
    answeredOn: new Map(answerFields.map((entry) => [entry.field.id, entry.pageIndex])),
    pages: schema.pages,
  };
  const findings = schema.pages.flatMap((page, index) => pageFindings(page, index, context));
  for (const entry of located) findings.push(...fieldFindings(entry, context));
  return findings;
}

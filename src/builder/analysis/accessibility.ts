import { fieldRegistry } from '@/fields/registry';
import type { FieldCategory } from '@/fields/field-definition';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import type { LocalizedText } from '@/schema/localized-text';
import { normalizeForSearch } from '@/lib/search-text';
import { analysisMessage, type Finding, type FindingTarget, type Severity } from './finding';
import { locateFields } from './form-walk';
import { fieldOptions } from './field-options';

/**
 * Longest label or page title, in characters. A label is read out by screen readers each time
 * its control takes focus and must fit beside the control on a phone; GOV.UK keeps labels to a
 * short question and moves explanations into the hint. 120 characters is about two lines on a
 * 320 px screen, and every label of our seed forms' paper declarations fits in it.
 */
export const maxLabelLength = 120;

/**
 * Field categories whose answer has a format the citizen must get right (a date in parts, a
 * 12-digit số định danh, a tax code, a phone number): GOV.UK patterns give these a hint with the
 * format or an example. Decided by the registry's category, so new types of these kinds follow.
 */
export const hintedCategories: ReadonlySet<FieldCategory> = new Set(['date', 'identity', 'contact']);

type MaybeText = Partial<LocalizedText> | undefined;
const missing = (text: string | undefined): boolean => text === undefined || text.trim() === '';

function textFindings(text: MaybeText, kind: 'label' | 'hint' | 'pageTitle' | 'option', target: FindingTarget, values: Record<string, string> = {}): Finding[] {
  const found = (severity: Severity, key: string, extra: Record<string, string | number> = {}): Finding => ({
    check: 'accessibility',
    severity,
    target,
    message: analysisMessage(`accessibility.${key}`, { ...values, ...extra }),
  });
  if (text === undefined) return kind === 'hint' ? [] : [found('error', `${kind}Missing`)];
  if (missing(text.vi)) return [found('error', `${kind}Missing`)];
  const findings = missing(text.en) ? [found('warning', `${kind}NoEnglish`, { text: text.vi ?? '' })] : [];
  const longest = Math.max(text.vi?.length ?? 0, text.en?.length ?? 0);
  if ((kind === 'label' || kind === 'pageTitle') && longest > maxLabelLength) {
    findings.push(found('warning', `${kind}TooLong`, { length: longest, max: maxLabelLength }));
  }
  return findings;
}

/** Labels a citizen uses to tell the controls of one list apart: answer fields and containers, not content. */
function duplicateLabels(siblings: readonly BaseFieldConfig[]): Set<BaseFieldConfig> {
  const seen = new Map<string, BaseFieldConfig>();
  const duplicates = new Set<BaseFieldConfig>();
  for (const field of siblings) {
    const definition = fieldRegistry.of(field);
    if (!definition.hasAnswer && !definition.container) continue;
    const key = normalizeForSearch(field.label.vi);
    if (key === '') continue;
    if (seen.has(key)) duplicates.add(field);
    else seen.set(key, field);
  }
  return duplicates;
}

function fieldFindings(field: BaseFieldConfig, target: FindingTarget, duplicated: boolean): Finding[] {
  const definition = fieldRegistry.of(field);
  const findings = [...textFindings(field.label, 'label', target), ...textFindings(field.hint, 'hint', target)];
  const typed = !(field.prefill?.mode === 'locked');
  if (definition.hasAnswer && typed && hintedCategories.has(definition.category) && missing(field.hint?.vi)) {
    findings.push({ check: 'accessibility', severity: 'info', target, message: analysisMessage('accessibility.hintRecommended', { label: field.label }) });
  }
  for (const option of fieldOptions(field) ?? []) {
    findings.push(...textFindings(option.label, 'option', target, { value: option.value }));
  }
  if (duplicated) {
    findings.push({ check: 'accessibility', severity: 'warning', target, message: analysisMessage('accessibility.duplicateLabel', { label: field.label }) });
  }
  return findings;
}

/**
 * What keeps a form from being usable by everyone, in both languages: missing Vietnamese labels
 * and titles (nothing to read out), missing English, overlong labels, format-bound inputs without
 * a hint, unlabelled options, and two controls of one list with the same label (screen-reader
 * users cannot tell them apart).
 */
export function checkAccessibility(schema: FormSchema): Finding[] {
  const located = locateFields(schema);
  const duplicates = new Set(schema.pages.flatMap((page) => [...duplicateLabels(page.fields)]));
  for (const { field } of located) {
    const children = fieldRegistry.of(field).container?.children(field);
    if (children) for (const duplicate of duplicateLabels(children)) duplicates.add(duplicate);
  }
  const findings = schema.pages.flatMap((page) => textFindings(page.title, 'pageTitle', { pageId: page.id }));
  for (const { field, page } of located) {
    findings.push(...fieldFindings(field, { pageId: page.id, fieldId: field.id }, duplicates.has(field)));
  }
  return findings;
}

import { localize, type Locale, type LocalizedText } from '@/schema/localized-text';
import type { PrefillBinding } from '@/schema/prefill-binding';

/** The checks `analyseForm` runs beside the editor. */
export type AnalysisCheck = 'once-only' | 'accessibility' | 'logic';

/** `error`: the form is wrong for citizens; `warning`: likely wrong; `info`: worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A value interpolated into a message. Labels stay `LocalizedText` so the UI shows them in the
 * reader's language (see `localizeValues`), instead of the check picking one for it.
 */
export type MessageValue = string | number | LocalizedText;

/** An i18n key of the `builder` namespace (`analysis.…`) with its interpolation values. */
export interface AnalysisMessage {
  key: string;
  values: Readonly<Record<string, MessageValue>>;
}

/** Where the author goes to fix it: a page, or a field on it. */
export interface FindingTarget {
  pageId: string;
  fieldId?: string | undefined;
}

/** A change the builder can offer to apply in one click. */
export type FindingFix = { kind: 'bind-prefill'; fieldId: string; binding: PrefillBinding };

/**
 * One authoring aid's remark. The shape is stable so the builder lists, filters and links
 * every check's findings the same way, whatever check produced them.
 */
export interface Finding {
  check: AnalysisCheck;
  severity: Severity;
  target: FindingTarget;
  message: AnalysisMessage;
  fix?: FindingFix | undefined;
}

/** Builds a message; keeps call sites short and the key prefix in one place. */
export const analysisMessage = (key: string, values: Record<string, MessageValue> = {}): AnalysisMessage => ({
  key: `analysis.${key}`,
  values,
});

/** Interpolation values for one locale: localized texts become strings in that language. */
export const localizeValues = (values: AnalysisMessage['values'], locale: Locale): Record<string, string | number> =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? localize(value, locale) : value]),
  );

import { klm, type KlmEstimate } from '@/klm/estimate';
import type { BaseFieldConfig } from '@/schema/base-field';
import { estimateAddressKlm } from './address/address.klm';
import { estimateCheckboxesKlm } from './checkboxes/checkboxes.klm';
import { estimateCitizenIdKlm } from './citizen-id/citizen-id.klm';
import { estimateConsentKlm } from './consent/consent.klm';
import { estimateContentKlm } from './content/content.klm';
import { estimateDateKlm } from './date/date.klm';
import { estimateEmailKlm } from './email/email.klm';
import { estimateFileKlm } from './file/file.klm';
import { estimateMoneyKlm } from './money/money.klm';
import { estimateNumberKlm } from './number/number.klm';
import { estimatePhoneKlm } from './phone/phone.klm';
import { estimateRadiosKlm } from './radios/radios.klm';
import { estimateSelectKlm } from './select/select.klm';
import { estimateTaxCodeKlm } from './tax-code/tax-code.klm';
import { estimateTextKlm } from './text/text.klm';
import { estimateTextareaKlm } from './textarea/textarea.klm';
import { estimateYesNoKlm } from './yes-no/yes-no.klm';
import type { RepeatableGroupConfig } from './repeatable-group/repeatable-group.config';

/** One type's estimate; a method, so each type's own config is accepted (checked bivariantly). */
interface Estimator {
  klm(config: BaseFieldConfig): KlmEstimate;
}

/**
 * Keystroke-Level-Model estimates of answering each type of field by hand, by type id: what the
 * session's predicted time and the builder's forecast add up. Kept beside the registry rather
 * than in the definitions, so rendering a form (the bench page) does not carry them.
 */
const estimators: Record<string, Estimator> = {
  address: { klm: estimateAddressKlm },
  checkboxes: { klm: estimateCheckboxesKlm },
  'citizen-id': { klm: estimateCitizenIdKlm },
  consent: { klm: estimateConsentKlm },
  content: { klm: estimateContentKlm },
  date: { klm: estimateDateKlm },
  email: { klm: estimateEmailKlm },
  file: { klm: estimateFileKlm },
  group: { klm: () => klm() },
  money: { klm: estimateMoneyKlm },
  number: { klm: estimateNumberKlm },
  phone: { klm: estimatePhoneKlm },
  radios: { klm: estimateRadiosKlm },
  'repeatable-group': { klm: (config: RepeatableGroupConfig) => (config.minItems === 0 ? klm('M', 'P', 'B') : klm('M')) },
  select: { klm: estimateSelectKlm },
  'tax-code': { klm: estimateTaxCodeKlm },
  text: { klm: estimateTextKlm },
  textarea: { klm: estimateTextareaKlm },
  'yes-no': { klm: estimateYesNoKlm },
};

export function klmOf(field: BaseFieldConfig): KlmEstimate {
  const estimator = estimators[field.type];
  if (!estimator) throw new Error(`No KLM estimate for field type "${field.type}"`);
  return estimator.klm(field);
}

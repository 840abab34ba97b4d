import { addressExamples } from './address/address.examples';
import { checkboxesExamples } from './checkboxes/checkboxes.examples';
import { citizenIdExamples } from './citizen-id/citizen-id.examples';
import { consentExamples } from './consent/consent.examples';
import { contentExamples } from './content/content.examples';
import { dateExamples } from './date/date.examples';
import { emailExamples } from './email/email.examples';
import { fileExamples } from './file/file.examples';
import { groupExamples } from './group/group.examples';
import { moneyExamples } from './money/money.examples';
import { numberExamples } from './number/number.examples';
import { phoneExamples } from './phone/phone.examples';
import { radiosExamples } from './radios/radios.examples';
import { repeatableGroupExamples } from './repeatable-group/repeatable-group.examples';
import { selectExamples } from './select/select.examples';
import { taxCodeExamples } from './tax-code/tax-code.examples';
import { textExamples } from './text/text.examples';
import { textareaExamples } from './textarea/textarea.examples';
import { yesNoExamples } from './yes-no/yes-no.examples';

/**
 * Named example configs of every type, by type id: fixtures for the conformance suite, the panel
 * tests and docs. Kept out of the definitions so the citizen's bundle does not carry them.
 */
const examples = {
  address: addressExamples,
  checkboxes: checkboxesExamples,
  'citizen-id': citizenIdExamples,
  consent: consentExamples,
  content: contentExamples,
  date: dateExamples,
  email: emailExamples,
  file: fileExamples,
  group: groupExamples,
  money: moneyExamples,
  number: numberExamples,
  phone: phoneExamples,
  radios: radiosExamples,
  'repeatable-group': repeatableGroupExamples,
  select: selectExamples,
  'tax-code': taxCodeExamples,
  text: textExamples,
  textarea: textareaExamples,
  'yes-no': yesNoExamples,
} as const;

type Examples<TConfig> = { default: TConfig } & Record<string, TConfig>;

/** The examples of a type, typed as its config (each examples file checks itself with `satisfies`). */
export function examplesOf<TConfig>(definition: { type: string; create(id: string): TConfig }): Examples<TConfig> {
  const found = (examples as Record<string, unknown>)[definition.type];
  if (!found) throw new Error(`No examples for field type "${definition.type}"`);
  return found as Examples<TConfig>;
}

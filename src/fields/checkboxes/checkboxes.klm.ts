import { klm } from '@/klm/estimate';
import type { CheckboxesConfig } from './checkboxes.config';

/** Read the list (one M, plus one per two extra options), then point and click each ticked option. */
export function estimateCheckboxesKlm(config: CheckboxesConfig) {
  const ticks = config.minSelected ?? 1;
  const reading = Math.max(0, Math.ceil((config.options.length - 2) / 2));
  return klm('M', ['M', reading], ...Array.from({ length: ticks }, () => ['P', 'B'] as const).flat());
}

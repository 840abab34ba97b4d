import type { FieldPanelProps } from '../field-definition';
import { BoundsControls } from '../shared/panel/bounds-controls';
import { ExpectedLengthControl } from '../shared/panel/expected-length-control';
import { OptionalLocalizedTextControl } from '../shared/panel/localized-text-control';
import { NumberControl } from '../shared/panel/number-control';
import { usePanel } from '../shared/panel/use-panel';
import { WidthControl } from '../shared/panel/width-control';
import type { NumberConfig } from './number.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { numberPanelMessages } from './number.panel.messages';

registerPanelMessages('number', numberPanelMessages);

/** Decimals, range, unit and box width of a number. */
export function NumberPanel(props: FieldPanelProps<NumberConfig>) {
  const { bind, bindBounds, locale } = usePanel('number', props);
  return (
    <>
      <NumberControl {...bind('decimals')} locale={locale} />
      <BoundsControls {...bindBounds('min', 'max')} />
      <OptionalLocalizedTextControl {...bind('unit')} locale={locale} />
      <WidthControl {...bind('width')} locale={locale} />
      <ExpectedLengthControl {...bind('expectedLength')} locale={locale} />
    </>
  );
}

import type { FieldPanelProps } from '../field-definition';
import { BoundsControls } from '../shared/panel/bounds-controls';
import { OptionalNumberControl } from '../shared/panel/number-control';
import { usePanel } from '../shared/panel/use-panel';
import { WidthControl } from '../shared/panel/width-control';
import type { MoneyConfig } from './money.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { moneyPanelMessages } from './money.panel.messages';

registerPanelMessages('money', moneyPanelMessages);

/** Range in whole đồng, box width and typical number of digits of an amount. */
export function MoneyPanel(props: FieldPanelProps<MoneyConfig>) {
  const { bind, bindBounds, locale } = usePanel('money', props);
  return (
    <>
      <BoundsControls {...bindBounds('min', 'max')} />
      <WidthControl {...bind('width')} locale={locale} />
      <OptionalNumberControl {...bind('expectedDigits')} locale={locale} />
    </>
  );
}

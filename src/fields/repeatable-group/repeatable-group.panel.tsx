import type { FieldPanelProps } from '../field-definition';
import { LocalizedTextControl, OptionalLocalizedTextControl } from '../shared/panel/localized-text-control';
import { NumberControl } from '../shared/panel/number-control';
import { usePanel } from '../shared/panel/use-panel';
import type { RepeatableGroupConfig } from './repeatable-group.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { repeatableGroupPanelMessages } from './repeatable-group.panel.messages';

registerPanelMessages('repeatable-group', repeatableGroupPanelMessages);

/** How many items, and what one item and the add button are called (child fields are on the canvas). */
export function RepeatableGroupPanel(props: FieldPanelProps<RepeatableGroupConfig>) {
  const { bind, locale } = usePanel('repeatable-group', props);
  return (
    <>
      <NumberControl {...bind('minItems')} locale={locale} />
      <NumberControl {...bind('maxItems')} locale={locale} />
      <LocalizedTextControl {...bind('itemLabel')} locale={locale} />
      <OptionalLocalizedTextControl {...bind('addLabel')} locale={locale} />
    </>
  );
}

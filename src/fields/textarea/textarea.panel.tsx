import type { FieldPanelProps } from '../field-definition';
import { ExpectedLengthControl } from '../shared/panel/expected-length-control';
import { NumberControl } from '../shared/panel/number-control';
import { usePanel } from '../shared/panel/use-panel';
import type { TextareaConfig } from './textarea.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { textareaPanelMessages } from './textarea.panel.messages';

registerPanelMessages('textarea', textareaPanelMessages);

/** Length limit, visible lines and typical length of a longer answer. */
export function TextareaPanel(props: FieldPanelProps<TextareaConfig>) {
  const { bind, locale } = usePanel('textarea', props);
  return (
    <>
      <NumberControl {...bind('maxLength')} locale={locale} />
      <NumberControl {...bind('rows')} locale={locale} />
      <ExpectedLengthControl {...bind('expectedLength')} locale={locale} />
    </>
  );
}

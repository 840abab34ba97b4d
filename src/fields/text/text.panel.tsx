import type { FieldPanelProps } from '../field-definition';
import { ExpectedLengthControl } from '../shared/panel/expected-length-control';
import { OptionalLocalizedTextControl } from '../shared/panel/localized-text-control';
import { NumberControl } from '../shared/panel/number-control';
import { OptionalTextControl } from '../shared/panel/optional-text-control';
import { TextControl } from '../shared/panel/text-control';
import { usePanel } from '../shared/panel/use-panel';
import { WidthControl } from '../shared/panel/width-control';
import type { TextConfig } from './text.config';
import { editPattern } from './text.pattern';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { textPanelMessages } from './text.panel.messages';

registerPanelMessages('text', textPanelMessages);

/** Length, format, box width and autofill of a one-line text. */
export function TextPanel(props: FieldPanelProps<TextConfig>) {
  const { t, set, bind, config, locale } = usePanel('text', props);
  return (
    <>
      <NumberControl {...bind('maxLength')} locale={locale} />
      <TextControl
        label={t('text.panel.pattern')}
        hint={t('text.panel.patternHint')}
        code
        value={config.pattern?.regex}
        onChange={(regex) => set({ pattern: editPattern(config.pattern, { regex }) })}
      />
      <OptionalLocalizedTextControl
        label={t('text.panel.patternMessage')}
        value={config.pattern?.message}
        onChange={(message) => set({ pattern: editPattern(config.pattern, { message }) })}
        locale={locale}
      />
      <WidthControl {...bind('width')} locale={locale} />
      <OptionalTextControl {...bind('autocomplete')} code />
      <ExpectedLengthControl {...bind('expectedLength')} locale={locale} />
    </>
  );
}

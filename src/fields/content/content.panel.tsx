import type { FieldPanelProps } from '../field-definition';
import { OptionalLocalizedTextControl } from '../shared/panel/localized-text-control';
import { RadioGroupControl } from '../shared/panel/radio-group-control';
import { usePanel } from '../shared/panel/use-panel';
import { contentConfigSchema, type ContentConfig } from './content.config';
import { registerPanelMessages } from '../shared/panel/register-panel-messages';
import { contentPanelMessages } from './content.panel.messages';

registerPanelMessages('content', contentPanelMessages);

const variants = contentConfigSchema.shape.variant.def.innerType.options;

/** How the block looks, and the text under its label. */
export function ContentPanel(props: FieldPanelProps<ContentConfig>) {
  const { t, bind, locale } = usePanel('content', props);
  return (
    <>
      <RadioGroupControl
        {...bind('variant')}
        options={variants.map((variant) => ({ value: variant, label: t(`content.panel.variants.${variant}`) }))}
      />
      <OptionalLocalizedTextControl {...bind('body')} multiline locale={locale} />
    </>
  );
}

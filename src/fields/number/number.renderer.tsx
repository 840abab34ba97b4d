import type { FieldRendererProps } from '../field-definition';
import { localize } from '@/schema/localized-text';
import { TextInput } from '../shared/text-input';
import type { NumberConfig } from './number.config';

export function NumberRenderer(props: FieldRendererProps<NumberConfig, string>) {
  const { config, inputId, locale } = props;
  const unitId = `${inputId}-unit`;
  const input = (
    <TextInput
      {...props}
      describedByExtra={[config.unit ? unitId : undefined]}
      width={config.width}
      inputMode={config.decimals > 0 ? 'decimal' : 'numeric'}
    />
  );
  if (!config.unit) return input;
  return (
    <div className="input-wrapper">
      {input}
      <div className="input-suffix" id={unitId}>
        {localize(config.unit, locale)}
      </div>
    </div>
  );
}

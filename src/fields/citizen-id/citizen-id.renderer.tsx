import type { FieldRendererProps } from '../field-definition';
import { compactCitizenId } from '../shared/citizen-id-number';
import { TextInput } from '../shared/text-input';
import type { CitizenIdConfig } from './citizen-id.config';

/** A numeric text box (not `type=number`: leading zeros matter); spaces typed are dropped. */
export function CitizenIdRenderer(props: FieldRendererProps<CitizenIdConfig, string>) {
  const { onChange } = props;
  return (
    <TextInput {...props} onChange={(text) => onChange(compactCitizenId(text))} width="20" inputMode="numeric" />
  );
}

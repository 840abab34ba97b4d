import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { FieldDefinition, FieldRendererProps } from '@/fields/field-definition';
import type { BaseFieldConfig } from '@/schema/base-field';
import { localize } from '@/schema/localized-text';
import { fieldText } from './field-text';

interface Options<TAnswer> {
  value?: TAnswer;
  readOnly?: boolean;
  invalid?: boolean;
}

/**
 * Renders one field type's Renderer as a controlled component with a visible label, outside any
 * form: for per-type tests of the widget itself. `onChange` records every value the widget emits.
 */
export function renderRenderer<TType extends string, TConfig extends BaseFieldConfig & { type: TType }, TAnswer>(
  definition: FieldDefinition<TType, TConfig, TAnswer>,
  config: TConfig,
  options: Options<TAnswer> = {},
) {
  const changes: TAnswer[] = [];
  function Harness() {
    const [value, setValue] = useState<TAnswer>(options.value ?? definition.emptyAnswer(config));
    const props: FieldRendererProps<TConfig, TAnswer> = {
      config,
      name: config.id,
      value,
      onChange: (next) => {
        changes.push(next);
        setValue(next);
      },
      onBlur: () => undefined,
      inputId: `f-${config.id}`,
      describedBy: undefined,
      invalid: options.invalid ?? false,
      readOnly: options.readOnly ?? false,
     
      locale: 'vi',
      t: fieldText('vi'),
      label: localize(config.label, 'vi'),
      hint: config.hint ? localize(config.hint, 'vi') : undefined,
      renderFields: () => null,
    };
    const Renderer = definition.Renderer;
    return definition.layout === 'single' ? (
      <div>
        <label htmlFor={props.inputId}>{props.label}</label>
        <Renderer {...props} />
      </div>
    ) : definition.layout === 'fieldset' ? (
      <fieldset>
        <legend>{props.label}</legend>
        <Renderer {...props} />
      </fieldset>
    ) : (
      <Renderer {...props} />
    );
  }
  const user = userEvent.setup();
  return { user, changes, ...render(<Harness />) };
}

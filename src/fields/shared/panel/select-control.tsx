import { PanelField } from './panel-field';

export interface SelectControlProps<T extends string> {
  label: string;
  hint?: string | undefined;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}

/** One of a fixed list of values (a config enum), as a native drop-down. */
export function SelectControl<T extends string>({ label, hint, value, options, onChange }: SelectControlProps<T>) {
  return (
    <PanelField label={label} hint={hint}>
      {({ id, describedBy }) => (
        <select
          id={id}
          className="input"
          value={value}
          aria-describedby={describedBy}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </PanelField>
  );
}

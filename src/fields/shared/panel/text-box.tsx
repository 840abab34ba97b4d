export interface TextBoxProps {
  id: string;
  value: string | undefined;
  onChange(text: string): void;
  onBlur?: (() => void) | undefined;
  describedBy?: string | undefined;
  invalid?: boolean;
  /** Several lines, for body text. */
  multiline?: boolean;
  /** Codes and patterns are not words: no spell check, no capitalisation. */
  code?: boolean;
  lang?: string | undefined;
}

/** The bare text box (one line or several) under a panel control's label; text is handed on as typed. */
export function TextBox({ id, value, onChange, onBlur, describedBy, invalid = false, multiline = false, code = false, lang }: TextBoxProps) {
  const shared = {
    id,
    lang,
    value: value ?? '',
    onBlur,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    spellCheck: !code,
    autoCapitalize: code ? 'off' : undefined,
  };
  return multiline ? (
    <textarea {...shared} className="textarea" rows={4} onChange={(event) => onChange(event.target.value)} />
  ) : (
    <input {...shared} className="input" type="text" autoComplete="off" onChange={(event) => onChange(event.target.value)} />
  );
}

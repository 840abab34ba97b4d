import type { FieldRendererProps } from '../field-definition';
import { describedByIds } from '../shared/text-input';
import type { TextareaConfig } from './textarea.config';

/** The count appears once the citizen has used this share of the limit (GOV.UK "threshold"). */
const countThreshold = 0.8;

export function TextareaRenderer({
  config, name, value, onChange, onBlur, inputId, describedBy, invalid, readOnly, t,
}: FieldRendererProps<TextareaConfig, string>) {
  const length = (value ?? '').trim().length;
  const showCount = !readOnly && length >= config.maxLength * countThreshold;
  const countId = `${inputId}-count`;
  const over = length - config.maxLength;
  return (
    <>
      <textarea
        id={inputId}
        name={name}
        className={`textarea${invalid ? ' input--error' : ''}`}
        rows={config.rows}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-describedby={describedByIds(describedBy, showCount ? countId : undefined)}
        aria-invalid={invalid || undefined}
        readOnly={readOnly}
        autoComplete="off"
      />
      {showCount && (
        <div id={countId} className={over > 0 ? 'error-message' : 'hint'} aria-live="polite">
          {over > 0
            ? t('textarea.over', { over })
            : t('textarea.remaining', { remaining: config.maxLength - length })}
        </div>
      )}
    </>
  );
}

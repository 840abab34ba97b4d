import { useCallback, type ReactNode } from 'react';
import { fieldRegistry } from '@/fields/registry';
import type { AnyFieldDefinition, FieldRendererProps } from '@/fields/field-definition';
import type { BaseFieldConfig } from '@/schema/base-field';
import { localize } from '@/schema/localized-text';
import { errorId, hintId, inputId as toInputId } from './dom-ids';
import { useAnswer, useEForm } from './eform-provider';
import { FieldErrorBoundary } from './field-error-boundary';
import { FieldFrame } from './field-frame';
import { RepeatableHost } from './repeatable-host';
import { useRendererServices } from './renderer-context';
import { translateMessage } from './translate-message';
import { useFieldVisibility } from './use-field-visibility';
import { usePageText } from './page-text';

interface FieldHostProps {
  field: BaseFieldConfig;
  /** `''` at the top level, `thanhVien.0.` inside a repeatable item. */
  namePrefix: string;
}

/** Renders child fields; handed to container renderers, which cannot import the renderer. */
export const renderFields = (fields: readonly BaseFieldConfig[], namePrefix: string): ReactNode =>
  fields.map((field) => <FieldHost key={field.id} field={field} namePrefix={namePrefix} />);

/**
 * The one place a field meets react-hook-form: visibility, framing, then the type's Renderer —
 * inside an error boundary, so one broken field shows a message instead of blanking the page.
 */
export function FieldHost({ field, namePrefix }: FieldHostProps) {
  const { locale } = usePageText();
  return (
    <FieldErrorBoundary label={localize(field.label, locale)} path={namePrefix + field.id}>
      {field.visibleIf === undefined ? (
        <ShownFieldHost field={field} namePrefix={namePrefix} />
      ) : (
        <ConditionalFieldHost field={field} namePrefix={namePrefix} />
      )}
    </FieldErrorBoundary>
  );
}

/** Only fields with a condition pay for watching the answers it reads. */
function ConditionalFieldHost({ field, namePrefix }: FieldHostProps) {
  const visible = useFieldVisibility(field, namePrefix);
  return visible ? <ShownFieldHost field={field} namePrefix={namePrefix} /> : null;
}

function ShownFieldHost({ field, namePrefix }: FieldHostProps) {
  const definition = fieldRegistry.of(field);
  if (definition.container?.repeatable) return <RepeatableHost field={field} namePrefix={namePrefix} definition={definition} />;
  if (definition.hasAnswer) return <AnswerHost field={field} namePrefix={namePrefix} definition={definition} />;
  return <DisplayHost field={field} namePrefix={namePrefix} definition={definition} />;
}

interface HostProps extends FieldHostProps {
  definition: AnyFieldDefinition;
}

const noop = () => undefined;

/** Label, hint and the ids that tie them to the control, for any host. */
export function useFieldText(field: BaseFieldConfig, path: string, rawError: string | undefined) {
  const { t, locale, fieldText } = usePageText();
  const label = localize(field.label, locale);
  const hint = field.hint ? localize(field.hint, locale) : undefined;
  const error = rawError ? translateMessage(t, locale, rawError, label) : undefined;
  const describedBy = [hint ? hintId(path) : '', error ? errorId(path) : ''].filter(Boolean).join(' ') || undefined;
  return { locale, fieldText, label, hint, error, describedBy };
}

export const isOptional = (field: BaseFieldConfig): boolean => field.required === false && field.requiredIf === undefined;

function AnswerHost({ field, namePrefix, definition }: HostProps) {
  const path = namePrefix + field.id;
  const { answers } = useEForm();
  const { value, error: rawError } = useAnswer(path);
  const onChange = useCallback((next: unknown) => answers.change(path, next), [answers, path]);
  const services = useRendererServices();
  const text = useFieldText(field, path, rawError);
  const { locale, fieldText, label, hint, error } = text;
  const note = services.fieldNote?.(field, path);
  const noteId = note ? services.noteId?.(path) : undefined;
  const describedBy = [text.describedBy, noteId].filter(Boolean).join(' ') || undefined;
  const inputId = toInputId(path);
  const Renderer = definition.Renderer;
  const props: FieldRendererProps<BaseFieldConfig, unknown> = {
    config: field,
    name: path,
    value,
    onChange,
    onBlur: noop,
    inputId,
    describedBy,
    invalid: error !== undefined,
    readOnly: services.isLocked(path),
    // Focus moves by element id (error summary links), so no control registers its element.
    locale,
    t: fieldText,
    label,
    hint,
    renderFields,
  };
  return (
    <FieldFrame
      layout={definition.layout} path={path} inputId={inputId} label={label} hint={hint} error={error}
      optional={isOptional(field)} describedBy={describedBy} note={note} answers
    >
      <Renderer {...props} />
    </FieldFrame>
  );
}

/** Content blocks and plain groups: nothing to answer, so no controller. */
function DisplayHost({ field, namePrefix, definition }: HostProps) {
  const path = namePrefix + field.id;
  const { locale, fieldText, label, hint, describedBy } = useFieldText(field, path, undefined);
  const Renderer = definition.Renderer;
  const rendered = (
    <Renderer
      config={field} name={path} value={undefined} onChange={noop} onBlur={noop} inputId={toInputId(path)}
      describedBy={describedBy} invalid={false} readOnly={false} locale={locale}
      t={fieldText} label={label} hint={hint} renderFields={renderFields}
    />
  );
  if (definition.layout === 'self') return rendered;
  return (
    <FieldFrame
      layout={definition.layout} path={path} inputId={toInputId(path)} label={label} hint={hint} error={undefined}
      optional={false} describedBy={describedBy} answers={false}
    >
      {rendered}
    </FieldFrame>
  );
}

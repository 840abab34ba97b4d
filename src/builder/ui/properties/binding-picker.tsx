import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldRegistry } from '@/fields/registry';
import type { BaseFieldConfig } from '@/schema/base-field';
import { localize, type Locale } from '@/schema/localized-text';
import type { PrefillBinding } from '@/schema/prefill-binding';
import type { SourceCatalog, SourceCatalogEntry } from '../../analysis/source-catalog';

interface BindingPickerProps {
  field: BaseFieldConfig;
  catalog: SourceCatalog;
  onChange(binding: PrefillBinding | undefined): void;
  /** Fields that may name the related person or record their consent. */
  otherFields: readonly BaseFieldConfig[];
  locale: Locale;
}

/** The attributes of `source` this field type can take: a date field is offered dates only. */
export function compatibleAttributes(field: BaseFieldConfig, source: SourceCatalogEntry) {
  const accepts = fieldRegistry.of(field).prefill?.accepts ?? [];
  return source.attributes.filter((attribute) => accepts.includes(attribute.kind));
}

/**
 * Browses the data-source catalog: source, then one of its values the field type accepts, then
 * whether the citizen may change it. Related-person sources also name the field holding that
 * person's ID number and the consent box.
 */
export function BindingPicker({ field, catalog, onChange, otherFields, locale }: BindingPickerProps) {
  const { t } = useTranslation('builder');
  const id = useId();
  const binding = field.prefill;
  if (!fieldRegistry.of(field).prefill) {
    return (
      <fieldset className="fieldset form-group">
        <legend className="legend">{t('binding.legend')}</legend>
        <p className="hint">{t('binding.notAccepted')}</p>
      </fieldset>
    );
  }
  const usable = catalog.sources.filter((source) => compatibleAttributes(field, source).length > 0);
  const source = catalog.sources.find((candidate) => candidate.id === binding?.source);
  const attributes = source ? compatibleAttributes(field, source) : [];
  const chooseSource = (sourceId: string) => {
    const next = catalog.sources.find((candidate) => candidate.id === sourceId);
    const first = next ? compatibleAttributes(field, next)[0] : undefined;
    if (!next || !first) return onChange(undefined);
    onChange({ source: next.id, attribute: first.id, mode: binding?.mode ?? 'locked' });
  };
  const update = (changes: Partial<PrefillBinding>) => {
    if (!binding) return;
    const next: PrefillBinding = { ...binding, ...changes };
    for (const key of ['personField', 'consentField'] as const) if (next[key] === '') delete next[key];
    onChange(next);
  };
  return (
    <fieldset className="fieldset form-group builder-binding">
      <legend className="legend">{t('binding.legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('binding.compatible')}
      </p>
      <label className="label" htmlFor={`${id}-source`}>
        {t('binding.source')}
      </label>
      <select id={`${id}-source`} className="input" value={binding?.source ?? ''} aria-describedby={`${id}-hint`} onChange={(event) => chooseSource(event.target.value)}>
        <option value="">{t('binding.none')}</option>
        {usable.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {localize(candidate.name, locale)}
          </option>
        ))}
        {binding && !source ? <option value={binding.source}>{binding.source}</option> : null}
      </select>
      {source ? <p className="hint">{t('binding.agency', { agency: localize(source.agency, locale) })}</p> : null}
      {binding ? (
        <>
          <label className="label" htmlFor={`${id}-attribute`}>
            {t('binding.attribute')}
          </label>
          <select id={`${id}-attribute`} className="input" value={binding.attribute} onChange={(event) => update({ attribute: event.target.value })}>
            {attributes.some((attribute) => attribute.id === binding.attribute) ? null : <option value={binding.attribute}>{binding.attribute}</option>}
            {attributes.map((attribute) => (
              <option key={attribute.id} value={attribute.id}>
                {localize(attribute.label, locale)}
              </option>
            ))}
          </select>
          {source && attributes.length === 0 ? <p className="hint">{t('binding.noCompatible')}</p> : null}
          <fieldset className="fieldset">
            <legend className="label">{t('binding.mode')}</legend>
            {(['locked', 'editable'] as const).map((mode) => (
              <div className="choice" key={mode}>
                <input
                  id={`${id}-mode-${mode}`}
                  type="radio"
                  name={`${id}-mode`}
                  checked={binding.mode === mode}
                  onChange={() => update({ mode })}
                />
                <label htmlFor={`${id}-mode-${mode}`}>{t(`binding.${mode}`)}</label>
              </div>
            ))}
          </fieldset>
          {source?.subject === 'related-person' ? (
            <>
              <FieldChoice label={t('binding.personField')} value={binding.personField} fields={otherFields} locale={locale} onChange={(personField) => update({ personField })} />
              <FieldChoice label={t('binding.consentField')} value={binding.consentField} fields={otherFields} locale={locale} onChange={(consentField) => update({ consentField })} />
            </>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

function FieldChoice({ label, value, fields, locale, onChange }: { label: string; value: string | undefined; fields: readonly BaseFieldConfig[]; locale: Locale; onChange(id: string): void }) {
  const { t } = useTranslation('builder');
  const id = useId();
  return (
    <>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input" value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('binding.chooseFieldOf')}</option>
        {fields.map((field) => (
          <option key={field.id} value={field.id}>
            {localize(field.label, locale)} ({field.id})
          </option>
        ))}
      </select>
    </>
  );
}

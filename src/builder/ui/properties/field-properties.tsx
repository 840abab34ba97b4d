import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldRegistry } from '@/fields/registry';
import { CheckboxControl } from '@/fields/shared/panel/checkbox-control';
import { LocalizedTextControl, OptionalLocalizedTextControl } from '@/fields/shared/panel/localized-text-control';
import type { BaseFieldConfig } from '@/schema/base-field';
import { fieldIdSchema } from '@/schema/ids';
import { localize, type Locale } from '@/schema/localized-text';
import { allFields, findField, listLength } from '../../state/field-tree';
import { useBuilder } from '../builder-context';
import { useFieldTypeName } from '../field-type-name';
import { BindingPicker } from './binding-picker';
import { ConditionEditor } from './condition-editor';
import { IdEditor } from './id-editor';

/** The shared properties every field has, then its type's own panel, then where it sits. */
export function FieldProperties({ fieldId, locale }: { fieldId: string; locale: Locale }) {
  const { t } = useTranslation('builder');
  const { state, dispatch, services } = useBuilder();
  const typeName = useFieldTypeName();
  const found = findField(state.document, fieldId);
  if (!found) return null;
  const { field } = found;
  const definition = fieldRegistry.of(field);
  const update = (config: BaseFieldConfig, merge?: string) => dispatch({ type: 'update-field', fieldId, config, merge });
  const set = (changes: Partial<BaseFieldConfig>, merge?: string) => {
    const next = { ...field, ...changes } as BaseFieldConfig & Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete next[key];
    update(next, merge);
  };
  const others = [...allFields(state.document)].map((entry) => entry.field).filter((other) => other.id !== fieldId);
  const answerFields = others.filter((other) => fieldRegistry.of(other).hasAnswer && !fieldRegistry.of(other).container);
  const knownIds = new Set(others.map((other) => other.id));
  const Panel = definition.Panel;

  return (
    <section aria-labelledby="builder-field-title" className="builder-properties">
      <h2 className="section-heading" id="builder-field-title" tabIndex={-1}>
        {t('field.title', { type: typeName(field.type) })}
      </h2>
      <IdEditor
        key={field.id}
        label={t('field.id')}
        hint={t('field.idHint')}
        value={field.id}
        problem={(text) => (!fieldIdSchema.safeParse(text).success ? 'field.idInvalid' : knownIds.has(text) ? 'field.idTaken' : undefined)}
        onRename={(newId) => dispatch({ type: 'rename-field', fieldId, newId })}
      />
      <LocalizedTextControl label={t('field.label')} value={field.label} locale={locale} onChange={(label) => set({ label: label }, 'label')} />
      <OptionalLocalizedTextControl label={t('field.hint')} value={field.hint} multiline locale={locale} onChange={(hint) => set({ hint }, 'hint')} />
      {definition.hasAnswer ? (
        <CheckboxControl label={t('field.required')} value={field.required !== false} onChange={(required) => set({ required })} />
      ) : null}
      {Panel ? (
        <fieldset className="fieldset form-group">
          <legend className="legend">{t('field.ownProperties')}</legend>
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Panel config={field} locale={locale} onChange={(config) => update(config, 'panel')} />
          </Suspense>
        </fieldset>
      ) : null}
      <ConditionEditor
        legend={t('condition.visibleIf')}
        value={field.visibleIf}
        candidates={answerFields}
        knownIds={knownIds}
        locale={locale}
        onChange={(visibleIf) => set({ visibleIf })}
      />
      {definition.hasAnswer ? (
        <ConditionEditor
          legend={t('condition.requiredIf')}
          value={field.requiredIf}
          candidates={answerFields}
          knownIds={knownIds}
          locale={locale}
          onChange={(requiredIf) => set({ requiredIf })}
        />
      ) : null}
      {definition.hasAnswer ? (
        <BindingPicker field={field} catalog={services.catalog} otherFields={answerFields} locale={locale} onChange={(prefill) => set({ prefill })} />
      ) : null}
      <FieldPosition fieldId={fieldId} locale={locale} />
    </section>
  );
}

/** Keyboard and screen-reader friendly moving, beside drag and drop: up, down, another page. */
function FieldPosition({ fieldId, locale }: { fieldId: string; locale: Locale }) {
  const { t } = useTranslation('builder');
  const { state, dispatch } = useBuilder();
  const id = useId();
  const found = findField(state.document, fieldId);
  if (!found) return null;
  const { slot } = found;
  const length = listLength(state.document, slot.pageId, slot.parentId);
  const move = (index: number, pageId = slot.pageId, parentId = slot.parentId) =>
    dispatch({ type: 'move-field', fieldId, slot: { pageId, parentId, index } });
  return (
    <fieldset className="fieldset form-group">
      <legend className="legend">{t('field.position')}</legend>
      <label className="label" htmlFor={`${id}-page`}>
        {t('field.movePage')}
      </label>
      <select
        id={`${id}-page`}
        className="input"
        value={slot.parentId === undefined ? slot.pageId : ''}
        onChange={(event) => move(listLength(state.document, event.target.value), event.target.value, undefined)}
      >
        {slot.parentId === undefined ? null : <option value="">—</option>}
        {state.document.pages.map((page, index) => (
          <option key={page.id} value={page.id}>
            {t('canvas.page', { number: index + 1, title: localize(page.title, locale) })}
          </option>
        ))}
      </select>
      <div className="button-group">
        <button type="button" className="button button--secondary" disabled={slot.index === 0} onClick={() => move(slot.index - 1)}>
          {t('field.moveUp')}
        </button>
        <button type="button" className="button button--secondary" disabled={slot.index >= length - 1} onClick={() => move(slot.index + 1)}>
          {t('field.moveDown')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'duplicate-field', fieldId })}>
          {t('field.duplicate')}
        </button>
        <button type="button" className="button button--warning" onClick={() => dispatch({ type: 'remove-field', fieldId })}>
          {t('field.remove')}
        </button>
      </div>
    </fieldset>
  );
}

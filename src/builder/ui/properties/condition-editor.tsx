import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionVariables, findJsonLogicProblem, type JsonLogicRule } from '@/schema/condition';
import { localize, type Locale } from '@/schema/localized-text';
import type { BaseFieldConfig } from '@/schema/base-field';
import { fieldRegistry } from '@/fields/registry';
import { fieldOptions } from '../../analysis/field-options';
import {
  conditionOperators,
  fromJsonLogic,
  operatorTakesValue,
  toJsonLogic,
  type ConditionRow,
  type ConditionValue,
  type SimpleCondition,
} from '../../conditions/condition-rows';

interface ConditionEditorProps {
  legend: string;
  value: JsonLogicRule | undefined;
  onChange(rule: JsonLogicRule | undefined): void;
  /** Fields a condition may read (answer fields other than the one being edited). */
  candidates: readonly BaseFieldConfig[];
  /** Every field id of the form: a raw rule may read only these. */
  knownIds: ReadonlySet<string>;
  locale: Locale;
}

/** Yes/no and consent answers are booleans; the registry says which types answer that way. */
function isBooleanField(field: BaseFieldConfig | undefined): boolean {
  if (!field) return false;
  const definition = fieldRegistry.of(field);
  return definition.prefill?.accepts.includes('boolean') === true || typeof definition.emptyAnswer(field) === 'boolean';
}

/**
 * "Show only when … / Required only when …": lines of field · comparison · value, stored as JSON
 * Logic. A rule the lines cannot show is edited as raw JSON Logic, so nothing an expert wrote is
 * rewritten.
 */
export function ConditionEditor({ legend, value, onChange, candidates, knownIds, locale }: ConditionEditorProps) {
  const { t } = useTranslation('builder');
  const id = useId();
  const simple = fromJsonLogic(value);
  const [rawOpen, setRawOpen] = useState(false);
  const update = (next: SimpleCondition) => onChange(toJsonLogic(next));

  return (
    <fieldset className="fieldset form-group builder-condition">
      <legend className="legend">{legend}</legend>
      {simple ? (
        <SimpleLines condition={simple} onChange={update} candidates={candidates} locale={locale} idPrefix={id} />
      ) : (
        <p className="hint">{t('condition.rawOnly')}</p>
      )}
      {simple && !rawOpen ? (
        <button type="button" className="button button--link" aria-expanded={false} onClick={() => setRawOpen(true)}>
          {t('condition.editRaw')}
        </button>
      ) : (
        <RawRule key={JSON.stringify(value ?? null)} value={value} onChange={onChange} knownIds={knownIds} />
      )}
    </fieldset>
  );
}

function SimpleLines({
  condition,
  onChange,
  candidates,
  locale,
  idPrefix,
}: {
  condition: SimpleCondition;
  onChange(next: SimpleCondition): void;
  candidates: readonly BaseFieldConfig[];
  locale: Locale;
  idPrefix: string;
}) {
  const { t } = useTranslation('builder');
  const setRow = (index: number, row: ConditionRow) =>
    onChange({ ...condition, rows: condition.rows.map((current, at) => (at === index ? row : current)) });
  const rows = condition.rows;
  return (
    <>
      {rows.length === 0 ? <p className="hint">{t('condition.none')}</p> : null}
      {rows.length > 1 ? (
        <div className="form-group">
          <label className="label" htmlFor={`${idPrefix}-combinator`}>
            {t('condition.combinator')}
          </label>
          <select
            id={`${idPrefix}-combinator`}
            className="input"
            value={condition.combinator}
            onChange={(event) => onChange({ ...condition, combinator: event.target.value === 'any' ? 'any' : 'all' })}
          >
            <option value="all">{t('condition.all')}</option>
            <option value="any">{t('condition.any')}</option>
          </select>
        </div>
      ) : null}
      <ol className="builder-condition__rows">
        {rows.map((row, index) => (
          <li key={index}>
            <LineEditor
              row={row}
              number={index + 1}
              candidates={candidates}
              locale={locale}
              idPrefix={`${idPrefix}-${index}`}
              onChange={(next) => setRow(index, next)}
              onRemove={() => onChange({ ...condition, rows: rows.filter((_, at) => at !== index) })}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={candidates.length === 0}
        onClick={() => onChange({ ...condition, rows: [...rows, { fieldId: candidates[0]?.id ?? '', operator: 'equals', value: '' }] })}
      >
        {t('condition.addRow')}
      </button>
    </>
  );
}

function LineEditor({
  row,
  number,
  candidates,
  locale,
  idPrefix,
  onChange,
  onRemove,
}: {
  row: ConditionRow;
  number: number;
  candidates: readonly BaseFieldConfig[];
  locale: Locale;
  idPrefix: string;
  onChange(row: ConditionRow): void;
  onRemove(): void;
}) {
  const { t } = useTranslation('builder');
  const field = candidates.find((candidate) => candidate.id === row.fieldId);
  const options = field ? fieldOptions(field) : undefined;
  const setValue = (raw: string) => {
    const value: ConditionValue = isBooleanField(field) ? raw === 'true' : raw !== '' && !Number.isNaN(Number(raw)) && (row.operator === 'greater' || row.operator === 'less') ? Number(raw) : raw;
    onChange({ ...row, value });
  };
  return (
    <fieldset className="fieldset builder-condition__row">
      <legend className="visually-hidden">{t('condition.row', { number })}</legend>
      <label className="label" htmlFor={`${idPrefix}-field`}>
        {t('condition.field')}
      </label>
      <select
        id={`${idPrefix}-field`}
        className="input"
        value={row.fieldId}
        onChange={(event) => onChange({ ...row, fieldId: event.target.value, value: '' })}
      >
        {field ? null : <option value={row.fieldId}>{row.fieldId || t('condition.chooseField')}</option>}
        {candidates.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {localize(candidate.label, locale)} ({candidate.id})
          </option>
        ))}
      </select>
      <label className="label" htmlFor={`${idPrefix}-operator`}>
        {t('condition.operator')}
      </label>
      <select
        id={`${idPrefix}-operator`}
        className="input"
        value={row.operator}
        onChange={(event) => {
          const operator = conditionOperators.find((candidate) => candidate === event.target.value) ?? 'equals';
          onChange({ ...row, operator, value: operatorTakesValue(operator) ? row.value : undefined });
        }}
      >
        {conditionOperators.map((operator) => (
          <option key={operator} value={operator}>
            {t(`condition.operators.${operator}`)}
          </option>
        ))}
      </select>
      {operatorTakesValue(row.operator) ? (
        <>
          <label className="label" htmlFor={`${idPrefix}-value`}>
            {t('condition.value')}
          </label>
          {isBooleanField(field) || options ? (
            <select id={`${idPrefix}-value`} className="input" value={String(row.value ?? '')} onChange={(event) => setValue(event.target.value)}>
              <option value="">{t('condition.chooseField')}</option>
              {isBooleanField(field) ? (
                <>
                  <option value="true">{t('condition.yes')}</option>
                  <option value="false">{t('condition.no')}</option>
                </>
              ) : (
                options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label?.[locale] ?? option.label?.vi ?? option.value}
                  </option>
                ))
              )}
            </select>
          ) : (
            <input id={`${idPrefix}-value`} className="input" value={String(row.value ?? '')} onChange={(event) => setValue(event.target.value)} />
          )}
        </>
      ) : null}
      <button type="button" className="button button--link" onClick={onRemove}>
        {t('condition.removeRow', { number })}
      </button>
    </fieldset>
  );
}

/** Raw JSON Logic: applied only when it parses, uses known operators and reads existing fields. */
function RawRule({ value, onChange, knownIds }: { value: JsonLogicRule | undefined; onChange(rule: JsonLogicRule | undefined): void; knownIds: ReadonlySet<string> }) {
  const { t } = useTranslation('builder');
  const id = useId();
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [error, setError] = useState<string | undefined>();
  const apply = () => {
    if (text.trim() === '') {
      setError(undefined);
      onChange(undefined);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (problem) {
      setError(t('condition.rawInvalidJson', { message: problem instanceof Error ? problem.message : String(problem) }));
      return;
    }
    const problem = findJsonLogicProblem(parsed);
    if (problem) {
      setError(t('condition.rawInvalid', { message: problem.message }));
      return;
    }
    const unknown = [...conditionVariables(parsed)].find((name) => !knownIds.has(name));
    if (unknown) {
      setError(t('condition.rawUnknownField', { field: unknown }));
      return;
    }
    setError(undefined);
    onChange(parsed as JsonLogicRule);
  };
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {t('condition.raw')}
      </label>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className="textarea builder-code"
        rows={5}
        spellCheck={false}
        value={text}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="button" className="button button--secondary" onClick={apply}>
        {t('condition.apply')}
      </button>
    </div>
  );
}

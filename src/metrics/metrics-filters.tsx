import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsFilter } from './aggregate';
import { parseDayMonthYear } from './format';
import { useProcedureName } from './procedure-names';

interface Options {
  formIds: readonly string[];
  personaIds: readonly string[];
  runs: readonly { id: string; name: string }[];
}

const isoToDmy = (iso: string | undefined) => (iso ? iso.split('-').reverse().join('/') : '');

/** Dates (dd/mm/yyyy), procedure, persona and test run. */
export function MetricsFilters({ value, options, onChange }: { value: MetricsFilter; options: Options; onChange(filter: MetricsFilter): void }) {
  const { t } = useTranslation('metrics');
  const procedureName = useProcedureName();
  const [from, setFrom] = useState(isoToDmy(value.from));
  const [to, setTo] = useState(isoToDmy(value.to));
  const [formId, setFormId] = useState(value.formId ?? '');
  const [personaId, setPersonaId] = useState(value.personaId ?? '');
  const [runId, setRunId] = useState(value.runId ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({
      from: parseDayMonthYear(from),
      to: parseDayMonthYear(to),
      formId: formId || undefined,
      personaId: personaId || undefined,
      runId: runId || undefined,
    });
  };
  const select = (id: string, label: string, current: string, set: (value: string) => void, items: readonly { value: string; label: string }[]) => (
    <div className="form-group metrics-filters__item">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select className="select" id={id} value={current} onChange={(event) => set(event.target.value)}>
        <option value="">{t('all')}</option>
        {items.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );
  const date = (id: string, label: string, current: string, set: (value: string) => void) => (
    <div className="form-group metrics-filters__item">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <div className="hint" id={`${id}-hint`}>
        {t('dateHint')}
      </div>
      <input className="input input--width-10" id={id} inputMode="numeric" aria-describedby={`${id}-hint`} value={current} onChange={(event) => set(event.target.value)} />
    </div>
  );

  return (
    <form className="metrics-filters" onSubmit={onSubmit} aria-labelledby="loc-title">
      <h2 id="loc-title" className="visually-hidden">
        {t('filters')}
      </h2>
      {date('loc-tu-ngay', t('from'), from, setFrom)}
      {date('loc-den-ngay', t('to'), to, setTo)}
      {select('loc-thu-tuc', t('procedure'), formId, setFormId, options.formIds.map((id) => ({ value: id, label: procedureName(id) })))}
      {select('loc-tai-khoan', t('persona'), personaId, setPersonaId, options.personaIds.map((id) => ({ value: id, label: id })))}
      {select('loc-luot', t('run'), runId, setRunId, options.runs.map((run) => ({ value: run.id, label: run.name })))}
      <div className="button-group metrics-filters__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            [setFrom, setTo, setFormId, setPersonaId, setRunId].forEach((set) => set(''));
            onChange({});
          }}
        >
          {t('reset')}
        </button>
      </div>
    </form>
  );
}

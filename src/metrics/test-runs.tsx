import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingRow, SessionRow, TestRun } from '@/lib/api-contract/metrics';
import { createTestRunRequestSchema } from '@/lib/api-contract/metrics';
import { minutesSeconds } from './format';
import { useCreateTestRun } from './get-metrics';
import { useProcedureName } from './procedure-names';

/** The participant's link: signs them into the run, then opens the procedure. */
export const participantLink = (run: TestRun, participant: string): string =>
  `${window.location.origin}/tham-gia?lan=${encodeURIComponent(run.id)}&ma=${encodeURIComponent(participant)}&bieu-mau=${encodeURIComponent(run.formId)}`;

function RunReport({ run, sessions, ratings }: { run: TestRun; sessions: readonly SessionRow[]; ratings: readonly RatingRow[] }) {
  const { t } = useTranslation('metrics');
  const { t: tc } = useTranslation();
  return (
    <table className="table">
      <caption className="table__caption">{t('report')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('participant')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('timingTitle')}</th>
          <th scope="col">{t('errors')}</th>
          <th scope="col">{t('rating')}</th>
          <th scope="col">{t('links')}</th>
        </tr>
      </thead>
      <tbody>
        {run.participants.map((participant) => {
          const own = sessions.filter((row) => row.runId === run.id && row.participant === participant);
          const done = own.find((row) => row.loginToSubmitSeconds !== undefined);
          const rating = ratings.find((row) => row.runId === run.id && row.participant === participant);
          return (
            <tr key={participant}>
              <th scope="row">{participant}</th>
              <td>{done ? t('done') : own.length > 0 ? t('inProgress') : t('notStarted')}</td>
              <td>{done?.loginToSubmitSeconds === undefined ? '—' : minutesSeconds(done.loginToSubmitSeconds)}</td>
              <td>{own.reduce((sum, row) => sum + row.summary.validationErrors, 0)}</td>
              <td>{rating ? tc(`satisfaction.levels.${rating.level}`) : '—'}</td>
              <td className="table__wrap">
                <code>{participantLink(run, participant)}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Create a run (name, procedure, participant codes), hand out links, read its report. */
export function TestRuns({ runs, formIds, sessions, ratings }: { runs: readonly TestRun[]; formIds: readonly string[]; sessions: readonly SessionRow[]; ratings: readonly RatingRow[] }) {
  const { t } = useTranslation('metrics');
  const procedureName = useProcedureName();
  const create = useCreateTestRun();
  const [name, setName] = useState('');
  const [formId, setFormId] = useState(formIds[0] ?? '');
  const [codes, setCodes] = useState('');
  const [invalid, setInvalid] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createTestRunRequestSchema.safeParse({ name, formId, participants: codes.split(/[,\s]+/).filter(Boolean) });
    setInvalid(!parsed.success);
    if (parsed.success) create.mutate(parsed.data, { onSuccess: () => [setName, setCodes].forEach((set) => set('')) });
  };

  return (
    <section aria-labelledby="luot-thu-title">
      <h2 id="luot-thu-title">{t('runsTitle')}</h2>
      <form noValidate onSubmit={onSubmit} className="metrics-run-form">
        {invalid ? (
          <p className="error-message" role="alert">
            {t('runInvalid')}
          </p>
        ) : null}
        <div className="form-group">
          <label className="label" htmlFor="luot-ten">
            {t('runName')}
          </label>
          <input className="input" id="luot-ten" value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="form-group">
          <label className="label" htmlFor="luot-thu-tuc">
            {t('procedure')}
          </label>
          <select className="select" id="luot-thu-tuc" value={formId} onChange={(event) => setFormId(event.target.value)}>
            {formIds.map((id) => (
              <option key={id} value={id}>
                {procedureName(id)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="luot-ma">
            {t('participants')}
          </label>
          <div className="hint" id="luot-ma-hint">
            {t('participantsHint')}
          </div>
          <input className="input" id="luot-ma" aria-describedby="luot-ma-hint" value={codes} onChange={(event) => setCodes(event.target.value)} />
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('createRun')}
        </button>
        {create.isSuccess ? <p role="status">{t('runCreated')}</p> : null}
      </form>
      {runs.map((run) => (
        <details key={run.id} className="metrics-run" open={run.id === create.data?.id}>
          <summary>
            {run.name} ({procedureName(run.formId)}){run.sample ? ` — ${t('sampleLabel')}` : ''}
          </summary>
          <p className="hint">{t('copyHint')}</p>
          <div className="table-scroll">
            <RunReport run={run} sessions={sessions} ratings={ratings} />
          </div>
        </details>
      ))}
    </section>
  );
}

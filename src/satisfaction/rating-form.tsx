import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierRating, RateDossierRequest, RatingLevel } from '@/lib/api-contract/ratings';
import { useRateDossier } from './get-rating';
import { LevelChoice } from './level-choice';

interface Draft {
  level?: RatingLevel | undefined;
  reason: string;
  easeOfUse?: RatingLevel | undefined;
  overallService?: RatingLevel | undefined;
}

type Errors = Partial<Record<'level' | 'reason' | 'easeOfUse' | 'overallService', string>>;

function check(draft: Draft): { rating?: RateDossierRequest; errors: Errors } {
  const errors: Errors = {};
  if (!draft.level) errors.level = 'satisfaction.chooseLevel';
  if (draft.level === 'khong-hai-long' && draft.reason.trim() === '') errors.reason = 'satisfaction.reasonRequired';
  if (!draft.easeOfUse) errors.easeOfUse = 'satisfaction.chooseEase';
  if (!draft.overallService) errors.overallService = 'satisfaction.chooseOverall';
  if (!draft.level || !draft.easeOfUse || !draft.overallService || Object.keys(errors).length > 0) return { errors };
  const reason = draft.level === 'khong-hai-long' ? draft.reason.trim() : undefined;
  return { rating: { level: draft.level, easeOfUse: draft.easeOfUse, overallService: draft.overallService, ...(reason ? { reason } : {}) }, errors };
}

interface RatingFormProps {
  dossierCode: string;
  current: DossierRating | null;
  onDone(): void;
  onCancel?: (() => void) | undefined;
}

/** The three questions, a reason when not satisfied, with an error summary as on the form pages. */
export function RatingForm({ dossierCode, current, onDone, onCancel }: RatingFormProps) {
  const { t } = useTranslation();
  const save = useRateDossier(dossierCode);
  const [draft, setDraft] = useState<Draft>({
    level: current?.level,
    reason: current?.reason ?? '',
    easeOfUse: current?.easeOfUse,
    overallService: current?.overallService,
  });
  const [errors, setErrors] = useState<Errors>({});
  const summary = useRef<HTMLDivElement>(null);
  const ids = { level: 'danh-gia-muc-do', reason: 'danh-gia-ly-do', easeOfUse: 'danh-gia-thuan-tien', overallService: 'danh-gia-tong-the' };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = check(draft);
    setErrors(result.errors);
    if (!result.rating) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    save.mutate(result.rating, { onSuccess: onDone });
  };
  const listed = Object.entries(errors) as [keyof Errors, string][];

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="danh-gia-title">
      {listed.length > 0 ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="danh-gia-loi">
          <h3 className="error-summary__title" id="danh-gia-loi">
            {t('satisfaction.errorTitle')}
          </h3>
          <ul className="error-summary__list">
            {listed.map(([key, message]) => (
              <li key={key}>
                <a href={`#${ids[key]}`}>{t(message)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <LevelChoice
        id={ids.level}
        legend={t('satisfaction.level')}
        value={draft.level}
        error={errors.level && t(errors.level)}
        onChange={(level) => setDraft({ ...draft, level })}
      />
      {draft.level === 'khong-hai-long' ? (
        <div className={`form-group${errors.reason ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={ids.reason}>
            {t('satisfaction.reason')}
          </label>
          <div className="hint" id={`${ids.reason}-hint`}>
            {t('satisfaction.reasonHint')}
          </div>
          {errors.reason ? (
            <p className="error-message" id={`${ids.reason}-error`}>
              <span className="visually-hidden">{t('renderer.errorPrefix')}</span> {t(errors.reason)}
            </p>
          ) : null}
          <textarea
            className="textarea"
            id={ids.reason}
            rows={3}
            maxLength={1000}
            value={draft.reason}
            aria-describedby={`${ids.reason}-hint${errors.reason ? ` ${ids.reason}-error` : ''}`}
            aria-invalid={errors.reason ? true : undefined}
            onChange={(event) => setDraft({ ...draft, reason: event.target.value })}
          />
        </div>
      ) : null}
      <LevelChoice
        id={ids.easeOfUse}
        legend={t('satisfaction.easeOfUse')}
        value={draft.easeOfUse}
        error={errors.easeOfUse && t(errors.easeOfUse)}
        onChange={(easeOfUse) => setDraft({ ...draft, easeOfUse })}
      />
      <LevelChoice
        id={ids.overallService}
        legend={t('satisfaction.overallService')}
        value={draft.overallService}
        error={errors.overallService && t(errors.overallService)}
        onChange={(overallService) => setDraft({ ...draft, overallService })}
      />
      {save.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{t('satisfaction.failed')}</p>
        </div>
      ) : null}
      <div className="button-group">
        <button type="submit" className="button" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? t('satisfaction.saving') : t('satisfaction.submit')}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('satisfaction.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

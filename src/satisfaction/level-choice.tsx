import { useTranslation } from 'react-i18next';
import { ratingLevels, type RatingLevel } from '@/lib/api-contract/ratings';

interface LevelChoiceProps {
  id: string;
  legend: string;
  value: RatingLevel | undefined;
  error: string | undefined;
  onChange(level: RatingLevel): void;
}

/** One question on the portal's three-level scale, as a fieldset of radios. */
export function LevelChoice({ id, legend, value, error, onChange }: LevelChoiceProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={error ? errorId : undefined}>
        <legend className="legend">{legend}</legend>
        {error ? (
          <p className="error-message" id={errorId}>
            <span className="visually-hidden">{t('renderer.errorPrefix')}</span> {error}
          </p>
        ) : null}
        <div className="choices">
          {ratingLevels.map((level, index) => (
            <div className="choice" key={level}>
              <input
                id={index === 0 ? id : `${id}-${level}`}
                name={id}
                type="radio"
                value={level}
                checked={value === level}
                onChange={() => onChange(level)}
              />
              <label htmlFor={index === 0 ? id : `${id}-${level}`}>{t(`satisfaction.levels.${level}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

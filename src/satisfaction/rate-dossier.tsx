import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '@/lib/navigation';
import { useRating } from './get-rating';
import { RatingForm } from './rating-form';

/** Anchor of the rating section on the receipt page: "rate later" links land here. */
export const ratingAnchor = 'danh-gia';

/**
 * The receipt's rating section: the form until the dossier is rated, then the rating with a
 * way to change it while it is changeable.
 */
export function RateDossier({ dossierCode }: { dossierCode: string }) {
  const { t } = useTranslation();
  const rating = useRating(dossierCode);
  const [editing, setEditing] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash } = useLocation();
  // "Rate later" links land here once the receipt has loaded.
  useEffect(() => {
    if (hash === `#${ratingAnchor}` && rating.isSuccess) heading.current?.focus();
  }, [hash, rating.isSuccess]);

  return (
    <section className="rating no-print" id={ratingAnchor} aria-labelledby="danh-gia-title">
      <h2 className="section-heading" id="danh-gia-title" ref={heading} tabIndex={-1}>
        {t('satisfaction.title')}
      </h2>
      {rating.isPending ? <p role="status">{t('app.loading')}</p> : null}
      {rating.isError ? (
        <p>
          {t('satisfaction.failed')}{' '}
          <button type="button" className="button button--secondary" onClick={() => void rating.refetch()}>
            {t('errors.retry')}
          </button>
        </p>
      ) : null}
      {rating.isSuccess && (rating.data === null || editing) ? (
        <>
          <p className="hint">{t('satisfaction.lead')}</p>
          <RatingForm
            dossierCode={dossierCode}
            current={rating.data}
            onDone={() => {
              setEditing(false);
              setJustSaved(true);
            }}
            onCancel={rating.data ? () => setEditing(false) : undefined}
          />
          {rating.data === null ? <p className="hint">{t('satisfaction.rateLater')}</p> : null}
        </>
      ) : null}
      {rating.isSuccess && rating.data && !editing ? (
        <div role={justSaved ? 'status' : undefined}>
          {justSaved ? <p className="notice">{t('satisfaction.saved')}</p> : null}
          <p>{t('satisfaction.yourRating', { level: t(`satisfaction.levels.${rating.data.level}`) })}</p>
          {rating.data.changeable ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setJustSaved(false);
                setEditing(true);
              }}
            >
              {t('satisfaction.change')}
            </button>
          ) : (
            <p className="hint">{t('satisfaction.locked')}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

/**
 * For the citizen's list of dossiers: "Rate this application", or the rating given, linking to
 * the receipt's rating section.
 */
export function RateDossierLink({ dossierCode }: { dossierCode: string }) {
  const { t } = useTranslation();
  const rating = useRating(dossierCode);
  const href = `/ho-so/${encodeURIComponent(dossierCode)}#${ratingAnchor}`;
  const text = rating.data ? t('satisfaction.ratedLink', { level: t(`satisfaction.levels.${rating.data.level}`) }) : t('satisfaction.rateLink');
  return <Link to={href}>{text}</Link>;
}

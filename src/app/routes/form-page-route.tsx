import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useLocation, useNavigate, useParams, useSearchParams } from '@/lib/navigation';
import { firstPageId, pagePosition } from '@/engine/journey';
import { conditionVariables } from '@/schema/condition';
import { FormPage } from '@/renderer/form-page';
import { PrefillBanner } from '@/prefill/ui/prefill-banner';
import { useDraftSession } from '@/submission/drafts/draft-session';
import { useFormSession } from './form-session-context';

/** `?tu=kiem-tra`: the citizen came from "check your answers" and goes back there. */
export const fromCheckAnswers = 'kiem-tra';

/** One question page of the journey. */
export function FormPageRoute() {
  const { pageId = '' } = useParams();
  const { schema } = useFormSession();
  const { getValues } = useFormContext();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [search] = useSearchParams();
  // The journey (and "Bước 2/5") changes only with answers that page conditions read: watch those.
  const journeyInputs = useMemo(
    () => [...new Set(schema.pages.flatMap((candidate) => [...conditionVariables(candidate.visibleIf)]))],
    [schema],
  );
  useWatch({ name: journeyInputs, disabled: journeyInputs.length === 0 });
  const answers = getValues();
  // A "Change" link from check-your-answers lands on the field itself.
  useEffect(() => {
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.focus();
  }, [location.hash, pageId]);
  const position = pagePosition(schema, pageId, answers);
  const page = schema.pages.find((candidate) => candidate.id === pageId);
  const base = `/bieu-mau/${schema.id}`;
  if (!page || position.index === -1) return <Redirect to={`${base}/buoc/${firstPageId(schema, answers) ?? ''}`} />;

  const returnToCheck = search.get('tu') === fromCheckAnswers;
  const backHref = returnToCheck ? `${base}/kiem-tra` : position.previousId ? `${base}/buoc/${position.previousId}` : '/';
  const onValid = () => {
    const next = pagePosition(schema, pageId, getValues()).nextId;
    navigate(returnToCheck || !next ? `${base}/kiem-tra` : `${base}/buoc/${next}`);
  };
  const showErrors = location.state?.showErrors === true;

  return (
    <>
      <PrefillBanner />
      <FormPage
        key={page.id}
        page={page}
        step={position}
        backLink={
          <Link className="back-link" to={backHref}>
            {t('renderer.back')}
          </Link>
        }
        continueLabel={t('renderer.continue')}
        focusHeading={location.navigated && location.hash === ''}
        showErrorsOnArrival={showErrors}
        onValid={onValid}
      />
      <DraftStatus />
    </>
  );
}

/**
 * Quiet reassurance that nothing typed is lost. Not a live region: announcing every autosave
 * would drown what a screen-reader user is typing.
 */
function DraftStatus() {
  const { saveState } = useDraftSession();
  const { t } = useTranslation();
  if (saveState === 'unsaved') return null;
  return <p className="draft-status">{t(`drafts.${saveState}`)}</p>;
}

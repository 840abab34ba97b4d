import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '@/lib/navigation';
import { submissionAnswers } from '@/engine/submission-answers';
import { validateForm } from '@/engine/validate';
import { isApiError } from '@/lib/api-client';
import { formatVnd } from '@/lib/format-vnd';
import { localize } from '@/schema/localized-text';
import { computeOrigins } from '@/prefill/origins';
import { usePrefillModel } from '@/prefill/prefill-provider';
import { OriginNote } from '@/prefill/ui/origin-note';
import { AnswerSummary } from '@/renderer/answer-summary';
import { useEForm } from '@/renderer/eform-provider';
import { useLocale } from '@/renderer/use-locale';
import { useSubmitDossier } from '@/submission/api/submit-dossier';
import { buildSubmission } from '@/submission/build-submission';
import { useDraftSession } from '@/submission/drafts/draft-session';
import { fromCheckAnswers } from './form-page-route';
import { useFormSession } from './form-session-context';

/** "Check your answers", then submit exactly once. */
export default function CheckAnswersRoute() {
  const { schema } = useFormSession();
  const { setScope } = useEForm();
  const { getValues, trigger } = useFormContext();
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const submit = useSubmitDossier();
  const draft = useDraftSession();
  const [held, setHeld] = useState(false);
  const { entries } = usePrefillModel();
  const heading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const base = `/bieu-mau/${schema.id}`;
  const answers = getValues();
  const origins = computeOrigins(answers, entries);
  const fee = schema.procedure.fee.online;

  useEffect(() => {
    heading.current?.focus();
    document.title = `${t('checkAnswers.title')} – ${localize(schema.title, locale)} – ${t('app.service')}`;
  }, [t, schema.title, locale]);
  useEffect(() => {
    if (submit.isError) errorRef.current?.focus();
  }, [submit.isError]);

  const send = useCallback(async () => {
    const filedElsewhere = await draft.filedAs();
    if (filedElsewhere) {
      // Filed from another tab (or before a lost response): show that dossier, never file a second.
      navigate(`/ho-so/${encodeURIComponent(filedElsewhere)}`, { replace: true });
      return;
    }
    const filed = submissionAnswers(schema, getValues());
    const request = buildSubmission({
      formId: schema.id,
      formVersion: schema.version,
      answers: filed,
      origins: computeOrigins(filed, entries),
      now: new Date(),
    });
    submit.mutate(
      { request, idempotencyKey: draft.idempotencyKey },
      {
        onSuccess: async (receipt) => {
          await draft.markFiled(receipt.dossierCode);
          const receiptPath = `/ho-so/${encodeURIComponent(receipt.dossierCode)}`;
          navigate(receipt.payment?.status === 'pending' ? `${receiptPath}/thanh-toan` : receiptPath, { replace: true });
        },
      },
    );
  }, [draft, navigate, schema, getValues, entries, submit]);

  // Held while offline: sent by itself as soon as the connection is back.
  useEffect(() => {
    if (!held) return;
    const sendNow = () => {
      setHeld(false);
      void send();
    };
    window.addEventListener('online', sendNow);
    return () => window.removeEventListener('online', sendNow);
  }, [held, send]);

  const onSubmit = async () => {
    if (submit.isPending || held) return;
    setScope('all');
    const current = getValues();
    if (!(await trigger())) {
      const [firstWithErrors] = validateForm(schema, current).keys();
      navigate(`${base}/buoc/${firstWithErrors ?? ''}?tu=${fromCheckAnswers}`, { state: { showErrors: true } });
      return;
    }
    await draft.flush();
    if (!navigator.onLine) {
      setHeld(true);
      return;
    }
    await send();
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('checkAnswers.title')}
      </h1>
      <p>{t('checkAnswers.lead')}</p>
      <AnswerSummary
        schema={schema}
        answers={answers}
        // A locked value cannot be changed on the form: no "Change" link that leads nowhere.
        changeHref={(pageId, fieldId) =>
          entries[fieldId]?.locked ? undefined : `${base}/buoc/${pageId}?tu=${fromCheckAnswers}#f-${fieldId}`
        }
        renderChangeLink={(href, children) => <Link to={href}>{children}</Link>}
        answerNote={(field) => <OriginNote field={field} origin={origins[field.id]} />}
      />
      <h2>{t('checkAnswers.submitTitle')}</h2>
      <p>{t('checkAnswers.submitLead')}</p>
      {fee > 0 ? <p>{t('checkAnswers.feeLead', { amount: formatVnd(fee, locale) })}</p> : null}
      {held ? (
        <div className="notice notice--warning" role="status">
          <p>{t('checkAnswers.heldOffline')}</p>
        </div>
      ) : null}
      {submit.isPending && submit.failureCount > 0 ? (
        <p role="status">{t('checkAnswers.retrying', { count: submit.failureCount })}</p>
      ) : null}
      {submit.isError ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{isApiError(submit.error) && submit.error.kind === 'network' ? t('checkAnswers.networkFailed') : t('checkAnswers.submitFailed')}</p>
        </div>
      ) : null}
      <div className="button-group">
        <button type="button" className="button" onClick={() => void onSubmit()} disabled={submit.isPending || held} aria-busy={submit.isPending || held}>
          {submit.isPending || held ? t('checkAnswers.submitting') : fee > 0 ? t('checkAnswers.submitAndPay') : t('checkAnswers.submit')}
        </button>
      </div>
    </>
  );
}

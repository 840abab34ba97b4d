import { useEffect, useRef } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
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
import { dossierIdempotencyKey, forgetIdempotencyKey } from '@/submission/idempotency-key';
import { fromCheckAnswers } from './form-page-route';
import { useFormSession } from './form-session-route';

/** "Check your answers", then submit exactly once. */
export function CheckAnswersRoute() {
  const { schema } = useFormSession();
  const { setScope } = useEForm();
  const { getValues, trigger } = useFormContext();
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const submit = useSubmitDossier();
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

  const onSubmit = async () => {
    if (submit.isPending) return;
    setScope('all');
    const current = getValues();
    if (!(await trigger())) {
      const [firstWithErrors] = validateForm(schema, current).keys();
      navigate(`${base}/buoc/${firstWithErrors ?? ''}?tu=${fromCheckAnswers}`, { state: { showErrors: true } });
      return;
    }
    const filed = submissionAnswers(schema, current);
    const request = buildSubmission({
      formId: schema.id,
      formVersion: schema.version,
      answers: filed,
      origins: computeOrigins(filed, entries),
      now: new Date(),
    });
    submit.mutate(
      { request, idempotencyKey: dossierIdempotencyKey(schema.id) },
      {
        onSuccess: (receipt) => {
          forgetIdempotencyKey(schema.id);
          const receiptPath = `/ho-so/${encodeURIComponent(receipt.dossierCode)}`;
          navigate(receipt.payment?.status === 'pending' ? `${receiptPath}/thanh-toan` : receiptPath, { replace: true });
        },
      },
    );
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
      {submit.isError ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={errorRef}>
          <p>{isApiError(submit.error) && submit.error.kind === 'network' ? t('checkAnswers.networkFailed') : t('checkAnswers.submitFailed')}</p>
        </div>
      ) : null}
      <div className="button-group">
        <button type="button" className="button" onClick={() => void onSubmit()} disabled={submit.isPending} aria-busy={submit.isPending}>
          {submit.isPending ? t('checkAnswers.submitting') : fee > 0 ? t('checkAnswers.submitAndPay') : t('checkAnswers.submit')}
        </button>
      </div>
    </>
  );
}

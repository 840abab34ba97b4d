import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format-date';
import { Link, useParams } from '@/lib/navigation';
import { isApiError } from '@/lib/api-client';
import type { Dossier } from '@/lib/api-contract/dossiers';
import { formatVnd } from '@/lib/format-vnd';
import { providerName } from '@/submission/payment/payment-label';
import { localize } from '@/schema/localized-text';
import { OriginNote } from '@/prefill/ui/origin-note';
import { AnswerSummary } from '@/renderer/answer-summary';
import { useLocale } from '@/renderer/use-locale';
import { useDossier } from '@/submission/api/get-dossier';
import { RateDossier } from '@/satisfaction/rate-dossier';
import { useProcedureFormat } from '../procedure-format';
import { usePublishedForm } from '../queries/get-published-form';
import { NotFoundRoute } from './not-found';

/** The fee line: free, waiting to be paid (with the way to pay), or paid with its reference. */
function PaymentStatus({ dossierCode, payment, free }: { dossierCode: string; payment: Dossier['payment']; free: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!payment) return free;
  const amount = formatVnd(payment.amount, locale);
  if (payment.status === 'pending') {
    return (
      <>
        {t('payment.statusPending', { amount })}{' '}
        <Link className="no-print" to={`/ho-so/${encodeURIComponent(dossierCode)}/thanh-toan`}>
          {t('payment.payNow')}
        </Link>
      </>
    );
  }
  return (
    <>
      {t('payment.statusPaid', { amount, provider: providerName(payment.method, payment.provider), time: formatDateTime(payment.paidAt, locale) })}
      <span className="procedure-facts__note">{t('payment.transaction', { id: payment.transactionId })}</span>
    </>
  );
}

/** Confirmation page: the dossier code, what happens next, and a printable summary. */
export default function ReceiptRoute() {
  const { dossierCode = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useProcedureFormat();
  const dossier = useDossier(dossierCode);
  const form = usePublishedForm(dossier.data?.formId ?? '', dossier.data?.formVersion);

  useEffect(() => {
    document.title = `${t('receipt.documentTitle', { code: dossierCode })} – ${t('app.service')}`;
  }, [t, dossierCode]);

  if (dossier.isError) {
    if (isApiError(dossier.error) && dossier.error.status === 404) return <NotFoundRoute message={t('receipt.notFound')} />;
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('receipt.loadError')}</p>
        <button type="button" className="button button--secondary" onClick={() => void dossier.refetch()}>
          {t('errors.retry')}
        </button>
      </div>
    );
  }
  if (dossier.isPending) return <p role="status">{t('app.loading')}</p>;
  const schema = form.data?.ok ? form.data.schema : undefined;
  const procedure = schema?.procedure;

  return (
    <div className="layout-narrow">
      <div className="panel">
        <h1 className="panel__title">{t('receipt.title')}</h1>
        <div className="panel__body">
          {t('receipt.codeLabel')}
          <strong className="panel__code">{dossier.data.dossierCode}</strong>
        </div>
      </div>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('receipt.procedure')}</dt>
          <dd className="summary-list__value">
            {localize(procedure?.name ?? dossier.data.formTitle, locale)} ({dossier.data.procedureCode})
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('receipt.receivedAt')}</dt>
          <dd className="summary-list__value">{formatDateTime(dossier.data.receivedAt, locale)}</dd>
        </div>
        {procedure ? (
          <>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('receipt.agency')}</dt>
              <dd className="summary-list__value">{localize(procedure.agency, locale)}</dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('receipt.fee')}</dt>
              <dd className="summary-list__value">
                <PaymentStatus dossierCode={dossier.data.dossierCode} payment={dossier.data.payment} free={format.fee(0)} />
              </dd>
            </div>
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('receipt.time')}</dt>
              <dd className="summary-list__value">{format.time(procedure.processingTime)}</dd>
            </div>
          </>
        ) : null}
      </dl>
      <h2>{t('receipt.nextTitle')}</h2>
      <p>{t('receipt.next')}</p>
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
        <Link to="/">{t('receipt.home')}</Link>
      </div>
      <RateDossier dossierCode={dossier.data.dossierCode} />
      {schema ? (
        <>
          <h2 className="section-heading">{t('receipt.answersTitle')}</h2>
          <AnswerSummary
            schema={schema}
            answers={dossier.data.answers}
            answerNote={(field) => <OriginNote field={field} origin={dossier.data.origins[field.id]} />}
            headingLevel="h3"
          />
        </>
      ) : null}
    </div>
  );
}

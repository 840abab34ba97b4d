import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useParams, useSearchParams } from '@/lib/navigation';
import { isApiError } from '@/lib/api-client';
import { paymentMethods, paymentProviders, type Payment, type PaymentMethod } from '@/lib/api-contract/payments';
import { externalNavigation } from '@/lib/external-navigation';
import { formatVnd } from '@/lib/format-vnd';
import { useLocale } from '@/renderer/use-locale';
import { localize } from '@/schema/localized-text';
import { dossierQueryOptions, useDossier } from '@/submission/api/get-dossier';
import { usePayment, useStartPayment } from '@/submission/payment/payment-api';
import { NotFoundRoute } from './not-found';

/**
 * Paying the fee of a filed dossier (`/ho-so/:code/thanh-toan`), and where the gateway sends the
 * citizen back (`?giao-dich=<payment id>`). The dossier is already safe: a failed or abandoned
 * payment only means paying again, here or later from the receipt.
 */
export default function PaymentRoute() {
  const { dossierCode = '' } = useParams();
  const [search] = useSearchParams();
  const paymentId = search.get('giao-dich');
  const { t } = useTranslation();
  const locale = useLocale();
  const dossier = useDossier(dossierCode);
  const returned = usePayment(paymentId);
  const queryClient = useQueryClient();
  const succeeded = returned.data?.status === 'succeeded';

  useEffect(() => {
    document.title = `${t('payment.title')} – ${dossierCode} – ${t('app.service')}`;
  }, [t, dossierCode]);
  useEffect(() => {
    // The dossier changed on the server (paid): the receipt must not show the cached pending state.
    if (succeeded) void queryClient.invalidateQueries(dossierQueryOptions(dossierCode));
  }, [succeeded, queryClient, dossierCode]);

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
  if (dossier.isPending || (paymentId !== null && (returned.isPending || returned.data?.status === 'pending'))) {
    return <p role="status">{paymentId ? t('payment.checking') : t('app.loading')}</p>;
  }
  const receiptPath = `/ho-so/${encodeURIComponent(dossierCode)}`;
  if (succeeded || dossier.data.payment?.status !== 'pending') return <Redirect to={receiptPath} />;

  return (
    <div className="layout-narrow">
      <PaymentForm
        dossierCode={dossierCode}
        procedure={localize(dossier.data.formTitle, locale)}
        amount={dossier.data.payment.amount}
        failed={returned.data}
        lookupFailed={returned.isError}
      />
      <p>
        <Link to={receiptPath}>{t('payment.later')}</Link>
      </p>
    </div>
  );
}

interface PaymentFormProps {
  dossierCode: string;
  procedure: string;
  amount: number;
  /** The attempt the citizen came back from, when it failed or was cancelled. */
  failed: Payment | undefined;
  lookupFailed: boolean;
}

function PaymentForm({ dossierCode, procedure, amount, failed, lookupFailed }: PaymentFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const start = useStartPayment();
  const [choice, setChoice] = useState<{ method: PaymentMethod; provider: string }>();
  const [missingChoice, setMissingChoice] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  const hasProblem = failed !== undefined || lookupFailed || start.isError;

  useEffect(() => {
    // Coming back from a failed payment, the reason is what the citizen must read first.
    if (hasProblem) problem.current?.focus();
    else heading.current?.focus();
  }, [hasProblem]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setMissingChoice(true);
      return;
    }
    start.mutate({ dossierCode, request: choice }, { onSuccess: (payment) => externalNavigation.assign(payment.gatewayUrl) });
  };
  const problemText = failed
    ? failed.status === 'cancelled'
      ? t('payment.cancelled')
      : t('payment.failed', { reason: t(failed.failureReason === 'insufficient-funds' ? 'payment.reasons.insufficientFunds' : 'payment.reasons.declined') })
    : start.isError
      ? t('payment.startFailed')
      : t('payment.lookupFailed');

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('payment.title')}
      </h1>
      {hasProblem ? (
        <div className="notice notice--error" role="alert" tabIndex={-1} ref={problem}>
          <p>{problemText}</p>
          <p>{t('payment.dossierKept', { code: dossierCode })}</p>
        </div>
      ) : (
        <p>{t('payment.lead', { code: dossierCode })}</p>
      )}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('payment.dossier')}</dt>
          <dd className="summary-list__value">{dossierCode}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('receipt.procedure')}</dt>
          <dd className="summary-list__value">{procedure}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('payment.amount')}</dt>
          <dd className="summary-list__value">
            <strong>{formatVnd(amount, locale)}</strong>
          </dd>
        </div>
      </dl>
      <form onSubmit={onSubmit} noValidate>
        <div className={missingChoice && !choice ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={missingChoice && !choice ? `${id}-error` : undefined}>
            <legend className="legend legend--heading">{t('payment.chooseLegend')}</legend>
            {missingChoice && !choice ? (
              <p className="error-message" id={`${id}-error`}>
                <span className="visually-hidden">{t('renderer.errorPrefix')} </span>
                {t('payment.chooseError')}
              </p>
            ) : null}
            {paymentMethods.map((method) => (
              <fieldset className="fieldset payment-method" key={method}>
                <legend className="legend">{t(`payment.methods.${method}`)}</legend>
                <div className="choices">
                  {paymentProviders[method].map((provider) => {
                    const inputId = `${id}-${method}-${provider.id}`;
                    return (
                      <div className="choice" key={provider.id}>
                        <input
                          id={inputId}
                          type="radio"
                          name={`${id}-provider`}
                          checked={choice?.method === method && choice.provider === provider.id}
                          onChange={() => setChoice({ method, provider: provider.id })}
                        />
                        <label htmlFor={inputId}>
                          {provider.name}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
            ))}
          </fieldset>
        </div>
        <button type="submit" className="button" disabled={start.isPending} aria-busy={start.isPending}>
          {start.isPending ? t('payment.redirecting') : t('payment.pay', { amount: formatVnd(amount, locale) })}
        </button>
      </form>
    </>
  );
}

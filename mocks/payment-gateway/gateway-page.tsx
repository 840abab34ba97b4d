import { useMutation, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from '@/lib/navigation';
import { apiRequest } from '@/lib/api-client';
import {
  gatewayCompletePath,
  gatewayPaymentPath,
  paymentReturnPath,
  paymentSchema,
  type Payment,
} from '@/lib/api-contract/payments';
import { formatVnd } from '@/lib/format-vnd';
import { locales } from '@/schema/localized-text';
import { providerName } from '@/submission/payment/payment-label';
import { mockGatewayMessages, mockGatewayNamespace } from './messages';
import './gateway-page.css';

const registerMessages = () => {
  for (const locale of locales) {
    if (!i18next.hasResourceBundle(locale, mockGatewayNamespace)) {
      i18next.addResourceBundle(locale, mockGatewayNamespace, mockGatewayMessages[locale], true, false);
    }
  }
};
if (i18next.isInitialized) registerMessages();
else i18next.on('initialized', registerMessages);

const leave = (url: string) => window.location.assign(url);
type Outcome = 'succeeded' | 'insufficient-funds' | 'cancelled';

/**
 * The mocked bank / e-wallet gateway (`/cong-thanh-toan/:paymentId`), routed only when the mocks
 * are on. Like the identity provider it is "another site": the citizen confirms (or cancels)
 * here and is sent back to the portal, which then asks its own backend what happened.
 */
export default function PaymentGatewayPage({ redirect = leave }: { redirect?: (url: string) => void }) {
  const { paymentId = '' } = useParams();
  const { t, i18n } = useTranslation(mockGatewayNamespace);
  const id = useId();
  const [outcome, setOutcome] = useState<Exclude<Outcome, 'cancelled'>>('succeeded');
  const payment = useQuery({
    queryKey: ['gateway', paymentId],
    queryFn: ({ signal }) => apiRequest(gatewayPaymentPath(paymentId), { schema: paymentSchema, signal }),
  });
  const complete = useMutation({
    mutationFn: (chosen: Outcome) =>
      apiRequest(gatewayCompletePath(paymentId), { method: 'POST', body: { outcome: chosen }, schema: paymentSchema }),
    onSuccess: (done: Payment) => redirect(paymentReturnPath(done.dossierCode, done.paymentId)),
  });

  useEffect(() => {
    document.title = t('title');
    document.documentElement.lang = i18n.resolvedLanguage ?? 'vi';
  }, [t, i18n.resolvedLanguage]);

  const body = () => {
    if (payment.isPending) return <p role="status">{t('working')}</p>;
    if (payment.isError) return <p role="alert">{t('notFound')}</p>;
    const data = payment.data;
    if (data.status !== 'pending') {
      return (
        <>
          <p role="alert">{t('completed')}</p>
          <a href={paymentReturnPath(data.dossierCode, data.paymentId)}>{t('backToPortal')}</a>
        </>
      );
    }
    return (
      <>
        <h1 className="gw-title">{t('heading')}</h1>
        <dl className="gw-facts">
          <dt>{t('merchant')}</dt>
          <dd>{t('merchantName')}</dd>
          <dt>{t('description')}</dt>
          <dd>{t('descriptionValue', { code: data.dossierCode })}</dd>
          <dt>{t('provider')}</dt>
          <dd>{providerName(data.method, data.provider)}</dd>
          <dt>{t('amount')}</dt>
          <dd>
            <strong>{formatVnd(data.amount, i18n.resolvedLanguage === 'en' ? 'en' : 'vi')}</strong>
          </dd>
        </dl>
        <fieldset className="gw-fieldset">
          <legend>{t('outcomeLegend')}</legend>
          {(['succeeded', 'insufficient-funds'] as const).map((value) => (
            <div className="gw-choice" key={value}>
              <input id={`${id}-${value}`} type="radio" name={`${id}-outcome`} checked={outcome === value} onChange={() => setOutcome(value)} />
              <label htmlFor={`${id}-${value}`}>{t(`outcomes.${value}`)}</label>
            </div>
          ))}
        </fieldset>
        {complete.isError ? <p role="alert">{t('failed')}</p> : null}
        <div className="gw-actions">
          <button type="button" className="gw-button" disabled={complete.isPending} onClick={() => complete.mutate(outcome)}>
            {complete.isPending ? t('working') : t('confirm')}
          </button>
          <button type="button" className="gw-button gw-button--secondary" disabled={complete.isPending} onClick={() => complete.mutate('cancelled')}>
            {t('cancel')}
          </button>
        </div>
      </>
    );
  };

  return (
    <div className="gw">
      <header className="gw-header">
        <p>{t('title')}</p>
      </header>
      <main className="gw-main">
        <div className="gw-panel">
          <p className="gw-notice" role="note">
            {t('notice')}
          </p>
          {body()}
        </div>
      </main>
    </div>
  );
}

import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from '@/lib/navigation';
import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { createTestQueryClient } from '@tests/utils/render-form-page';
import { signIn, signOut } from '@tests/utils/sign-in';
import { apiRequest } from '@/lib/api-client';
import { paymentPath, paymentSchema } from '@/lib/api-contract/payments';
import { submitDossier } from '@/submission/api/submit-dossier';
import { startPayment } from '@/submission/payment/payment-api';
import { publishMockForm } from '@mocks/db/published-forms';
import PaymentGatewayPage from '@mocks/payment-gateway/gateway-page';

const feeForm = onePageSchema([{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' }, required: false }], {
  id: 'thu-co-phi',
  procedure: { fee: { direct: 20_000, online: 10_000 } },
});

async function pendingPayment() {
  await publishMockForm(feeForm);
  await signIn('chi-lan');
  const { dossierCode } = await submitDossier({
    request: { formId: feeForm.id, formVersion: 1, answers: {}, origins: {}, submittedAt: new Date().toISOString() },
    idempotencyKey: crypto.randomUUID(),
  });
  return startPayment({ dossierCode, request: { method: 'vi-dien-tu', provider: 'vnpt-money' } });
}

function renderGateway(paymentId: string) {
  const redirect = vi.fn<(url: string) => void>();
  window.history.replaceState(null, '', `/cong-thanh-toan/${paymentId}`);
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <Route path="/cong-thanh-toan/:paymentId">
        <PaymentGatewayPage redirect={redirect} />
      </Route>
    </QueryClientProvider>,
  );
  return { redirect, user: userEvent.setup() };
}

afterEach(() => {
  cleanup();
  signOut();
});

describe('the mocked payment gateway', () => {
  it('shows what is paid, to whom, and reports a refusal back to the portal', async () => {
    const payment = await pendingPayment();
    const { redirect, user } = renderGateway(payment.paymentId);
    expect(await screen.findByRole('heading', { name: 'Xác nhận thanh toán' })).toBeInTheDocument();
    expect(screen.getByText(`Lệ phí hồ sơ ${payment.dossierCode}`)).toBeInTheDocument();
    expect(screen.getByText('VNPT Money')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Tài khoản không đủ số dư' }));
    await user.click(screen.getByRole('button', { name: 'Xác nhận thanh toán' }));
    await waitFor(() =>
      expect(redirect).toHaveBeenCalledWith(`/ho-so/${encodeURIComponent(payment.dossierCode)}/thanh-toan?giao-dich=${payment.paymentId}`),
    );
    const after = await apiRequest(paymentPath(payment.paymentId), { schema: paymentSchema });
    expect(after).toMatchObject({ status: 'failed', failureReason: 'insufficient-funds' });
  });

  it('lets the citizen cancel, and will not run a finished transaction twice', async () => {
    const payment = await pendingPayment();
    const { redirect, user } = renderGateway(payment.paymentId);
    await user.click(await screen.findByRole('button', { name: 'Hủy giao dịch' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    cleanup();
    renderGateway(payment.paymentId);
    expect(await screen.findByRole('alert')).toHaveTextContent('Giao dịch này đã kết thúc.');
  });
});

import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { publishMockForm } from '@mocks/db/published-forms';
import { apiRequest } from '@/lib/api-client';
import { gatewayCompletePath, paymentSchema } from '@/lib/api-contract/payments';
import { externalNavigation } from '@/lib/external-navigation';
import { submitDossier } from '@/submission/api/submit-dossier';
import { renderApp } from '../utils/render-app';
import { signIn, signOut } from '../utils/sign-in';
import { axeViolations } from '../utils/axe';

const feeForm = onePageSchema([{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' }, required: false }], {
  id: 'thu-co-phi',
  procedure: { fee: { direct: 20_000, online: 10_000 } },
});

const fileDossier = async () =>
  submitDossier({
    request: { formId: feeForm.id, formVersion: 1, answers: { ghiChu: 'x' }, origins: { ghiChu: { kind: 'typed' } }, submittedAt: new Date().toISOString() },
    idempotencyKey: crypto.randomUUID(),
  });
/** What the citizen does on the gateway's page, reported as the gateway would. */
const gatewayReports = (paymentId: string, outcome: string) =>
  apiRequest(gatewayCompletePath(paymentId), { method: 'POST', body: { outcome }, schema: paymentSchema });

describe('paying the fee of a filed dossier', () => {
  let sentTo: string[];
  beforeEach(async () => {
    await publishMockForm(feeForm);
    await signIn('chi-lan');
    sentTo = [];
    vi.spyOn(externalNavigation, 'assign').mockImplementation((url) => void sentTo.push(url));
  });
  afterEach(() => {
    cleanup();
    signOut();
    vi.restoreAllMocks();
  });

  it('asks for a bank or e-wallet, sends the citizen to the gateway, and keeps the dossier through a failure', async () => {
    const { dossierCode } = await fileDossier();
    const { user } = renderApp(`/ho-so/${dossierCode}/thanh-toan`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Thanh toán lệ phí' }, { timeout: 4000 })).toHaveFocus();
    expect(screen.getByText(/^10\.000\s₫$/)).toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);

    await user.click(screen.getByRole('button', { name: /^Thanh toán 10\.000\s₫$/ }));
    expect(screen.getByText('Chọn ngân hàng hoặc ví điện tử để thanh toán')).toBeInTheDocument();
    expect(sentTo).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'BIDV' }));
    await user.click(screen.getByRole('button', { name: /^Thanh toán 10\.000\s₫$/ }));
    await waitFor(() => expect(sentTo).toHaveLength(1));
    const paymentId = /^\/cong-thanh-toan\/(.+)$/.exec(sentTo[0] ?? '')?.[1] ?? '';
    expect(paymentId).not.toBe('');
    cleanup();

    // The gateway refuses: back on the portal, the reason, and the dossier is still there
    await gatewayReports(paymentId, 'insufficient-funds');
    renderApp(`/ho-so/${dossierCode}/thanh-toan?giao-dich=${paymentId}`);
    const problem = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(problem).toHaveTextContent('Thanh toán chưa thành công: tài khoản không đủ số dư.');
    expect(problem).toHaveTextContent(`Hồ sơ ${dossierCode} của bạn vẫn được lưu`);
    await waitFor(() => expect(problem).toHaveFocus());
    expect(screen.getByRole('button', { name: /^Thanh toán 10\.000\s₫$/ })).toBeEnabled();
  });

  it('shows the payment on the receipt once the gateway reports success', async () => {
    const { dossierCode } = await fileDossier();
    const { user } = renderApp(`/ho-so/${dossierCode}/thanh-toan`);
    await user.click(await screen.findByRole('radio', { name: 'MoMo' }, { timeout: 4000 }));
    await user.click(screen.getByRole('button', { name: /^Thanh toán 10\.000\s₫$/ }));
    await waitFor(() => expect(sentTo).toHaveLength(1));
    const paymentId = sentTo[0]?.split('/').pop() ?? '';
    const paid = await gatewayReports(paymentId, 'succeeded');
    cleanup();

    renderApp(`/ho-so/${dossierCode}/thanh-toan?giao-dich=${paymentId}`);
    await waitFor(() => expect(window.location.pathname).toBe(`/ho-so/${dossierCode}`), { timeout: 4000 });
    expect(await screen.findByText(/Đã thanh toán 10\.000\s₫ qua MoMo lúc/, {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText(`Mã giao dịch: ${paid.transactionId ?? ''}`)).toBeInTheDocument();
  });

  it('offers to pay from the receipt when the citizen chose to pay later', async () => {
    const { dossierCode } = await fileDossier();
    renderApp(`/ho-so/${dossierCode}`);
    expect(await screen.findByText(/Chưa thanh toán: 10\.000\s₫/, {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Thanh toán lệ phí' })).toHaveAttribute('href', `/ho-so/${dossierCode}/thanh-toan`);
  });
});

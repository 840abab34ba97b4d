import { screen, within } from '@testing-library/react';
import { resolveApiUrl } from '@/lib/api-client';
import { dossierReceiptSchema, dossiersPath, idempotencyKeyHeader } from '@/lib/api-contract/dossiers';
import { axeViolations } from '@tests/utils/axe';
import { renderApp } from '@tests/utils/render-app';
import { signIn } from '@tests/utils/sign-in';

async function fileDossier(): Promise<string> {
  const { accessToken } = await signIn('chi-lan');
  const response = await fetch(resolveApiUrl(dossiersPath), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}`, [idempotencyKeyHeader]: crypto.randomUUID() },
    body: JSON.stringify({ formId: 'dang-ky-khai-sinh', formVersion: 1, answers: {}, origins: {}, submittedAt: new Date().toISOString() }),
  });
  return dossierReceiptSchema.parse(await response.json()).dossierCode;
}

describe('rating a dossier on its receipt', () => {
  it('asks the three questions, requires a reason when not satisfied, and lets the citizen change their rating', async () => {
    // given a citizen on the receipt of a dossier she filed
    const code = await fileDossier();
    const { user, container } = renderApp(`/ho-so/${code}`);
    const section = await screen.findByRole('region', { name: 'Đánh giá mức độ hài lòng' });
    const level = await within(section).findByRole('group', { name: 'Bạn có hài lòng với việc giải quyết hồ sơ này không?' });

    // when she is not satisfied and sends without a reason
    await user.click(within(level).getByLabelText('Không hài lòng'));
    await user.click(within(within(section).getByRole('group', { name: /Mức độ thuận tiện/ })).getByLabelText('Hài lòng'));
    await user.click(within(within(section).getByRole('group', { name: 'Đánh giá tổng thể dịch vụ' })).getByLabelText('Không hài lòng'));
    await user.click(within(section).getByRole('button', { name: 'Gửi đánh giá' }));
    // then the reason is asked for
    const alert = await within(section).findByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Nhập lý do bạn không hài lòng' })).toHaveAttribute('href', '#danh-gia-ly-do');
    expect(await axeViolations(container)).toEqual([]);

    // when she gives it and sends
    await user.type(within(section).getByLabelText('Lý do bạn không hài lòng'), 'Trang tải chậm');
    await user.click(within(section).getByRole('button', { name: 'Gửi đánh giá' }));
    // then the rating is shown, and can be changed
    expect(await within(section).findByText('Đánh giá của bạn: Không hài lòng')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Thay đổi đánh giá' }));
    await user.click(within(within(section).getByRole('group', { name: 'Bạn có hài lòng với việc giải quyết hồ sơ này không?' })).getByLabelText('Rất hài lòng'));
    expect(within(section).queryByLabelText('Lý do bạn không hài lòng')).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Gửi đánh giá' }));
    expect(await within(section).findByText('Đánh giá của bạn: Rất hài lòng')).toBeInTheDocument();
  });
});

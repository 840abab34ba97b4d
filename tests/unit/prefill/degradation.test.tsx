import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { clearFaults, setFault, type FaultSource } from '@mocks/faults';
import { makeFormSchema } from '../../fixtures/make-form-schema';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { renderApp } from '../../utils/render-app';
import { signIn, signOut } from '../../utils/sign-in';

const text = (vi: string) => ({ vi, en: vi });

interface Case {
  source: FaultSource;
  name: string;
  persona: string;
  attribute: string;
  type: 'text' | 'phone';
  /** What the synthetic registry holds, read straight from it. */
  held(id: string): string | undefined;
}
const registry = syntheticRegistry();
const cases: Case[] = [
  { source: 'dan-cu', name: 'CSDL quốc gia về dân cư', persona: 'chi-lan', attribute: 'hoTen', type: 'text', held: (id) => registry.person(id)?.hoTen },
  {
    source: 'vneid', name: 'Tài khoản định danh điện tử VNeID', persona: 'chi-lan', attribute: 'soDienThoai', type: 'phone',
    held: (id) => registry.contact(id)?.soDienThoai,
  },
  { source: 'ho-tich', name: 'CSDL hộ tịch điện tử', persona: 'chi-lan', attribute: 'soGiayChungNhan', type: 'text', held: (id) => registry.marriageOf(id)?.soGiayChungNhan },
  { source: 'y-te', name: 'Giấy chứng sinh điện tử', persona: 'chi-lan', attribute: 'hoTenDuKien', type: 'text', held: (id) => registry.birthCertificateFor(id)?.hoTenDuKien },
  { source: 'bhxh', name: 'CSDL quốc gia về bảo hiểm', persona: 'anh-hung', attribute: 'maSoBhxh', type: 'text', held: (id) => registry.insuranceOf(id)?.maSoBhxh },
  { source: 'dkkd', name: 'CSDL quốc gia về đăng ký doanh nghiệp', persona: 'co-phuong', attribute: 'ten', type: 'text', held: (id) => registry.businessesOf(id)[0]?.ten },
  { source: 'dat-dai', name: 'CSDL quốc gia về đất đai', persona: 'chu-tam', attribute: 'mucDichSuDung', type: 'text', held: (id) => registry.parcelsOf(id)[0]?.mucDichSuDung },
];

/** One locked field bound to the source, and a note the citizen types. */
async function openForm({ source, persona, attribute, type }: Case) {
  await signIn(persona);
  await publishMockForm(
    makeFormSchema([
      {
        id: 'trang',
        title: text('Thông tin'),
        fields: [
          { id: 'giaTri', type, label: text('Giá trị'), prefill: { source, attribute, mode: 'locked' } },
          { id: 'ghiChu', type: 'textarea', label: text('Ghi chú'), required: false },
        ],
      },
    ]),
  );
}
const bannerText = (name: string) => `Chưa lấy được thông tin từ ${name}. Bạn có thể tự nhập, hoặc thử lại.`;
const valueBox = () => screen.getByRole('textbox', { name: 'Giá trị' });

describe('when a data source is down or too slow', () => {
  afterEach(() => {
    vi.useRealTimers();
    cleanup();
    clearFaults();
    signOut();
  });

  it.each(cases)('$source failing: says so, leaves the field to type, and a retry fills it', async (source) => {
    const expected = source.held(personaRecord(source.persona).soDinhDanh);
    expect(expected).toBeTruthy();
    await openForm(source);
    setFault(source.source, 'error');
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');

    expect(await screen.findByText(bannerText(source.name))).toBeInTheDocument();
    expect(valueBox()).toHaveValue('');
    expect(valueBox()).not.toHaveAttribute('readonly');
    await user.type(screen.getByRole('textbox', { name: /Ghi chú/ }), 'Giữ nguyên');

    clearFaults();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(valueBox()).toHaveValue(expected));
    expect(valueBox()).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: /Ghi chú/ })).toHaveValue('Giữ nguyên');
    expect(screen.queryByText(bannerText(source.name))).not.toBeInTheDocument();
  });

  it.each(cases)('$source not answering within 5 s: treated as down, and a retry fills it', async (source) => {
    await openForm(source);
    setFault(source.source, 'timeout');
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    await screen.findByRole('textbox', { name: 'Giá trị' });
    // Margin for the real time that passes before the form shows (the clock advances with it)
    await act(() => vi.advanceTimersByTimeAsync(3000));
    expect(screen.queryByText(bannerText(source.name))).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(2100));
    expect(await screen.findByText(bannerText(source.name))).toBeInTheDocument();
    expect(valueBox()).not.toHaveAttribute('readonly');

    vi.useRealTimers();
    clearFaults();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(valueBox()).toHaveValue(source.held(personaRecord(source.persona).soDinhDanh)));
  });

  it('a retry fills only the fields still empty: what the citizen typed meanwhile stays', async () => {
    const lan = personaRecord('chi-lan');
    await signIn('chi-lan');
    await publishMockForm(
      makeFormSchema([
        {
          id: 'trang',
          title: text('Thông tin'),
          fields: [
            { id: 'hoTen', type: 'text', label: text('Họ tên'), prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'locked' } },
            { id: 'queQuan', type: 'text', label: text('Quê quán'), prefill: { source: 'dan-cu', attribute: 'queQuan', mode: 'editable' } },
          ],
        },
      ]),
    );
    setFault('dan-cu', 'error');
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    await screen.findByText(bannerText('CSDL quốc gia về dân cư'));
    await user.type(screen.getByRole('textbox', { name: 'Họ tên' }), 'Nguyễn Lan');

    clearFaults();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Quê quán' })).toHaveValue(lan.queQuan));
    expect(screen.getByRole('textbox', { name: 'Họ tên' })).toHaveValue('Nguyễn Lan');
    expect(screen.getByRole('textbox', { name: 'Họ tên' })).not.toHaveAttribute('readonly');
  });
});

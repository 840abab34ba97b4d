import { cleanup, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { clearFaults, setFault } from '@mocks/faults';
import { apiPath } from '@mocks/handlers/api-path';
import { server } from '@mocks/node';
import { apiRequest } from '@/lib/api-client';
import { dossierPath, dossierSchema } from '@/lib/api-contract/dossiers';
import { populationPath } from '@/lib/api-contract/registries';
import { makeFormSchema } from '../../fixtures/make-form-schema';
import { axeViolations } from '../../utils/axe';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { renderApp } from '../../utils/render-app';
import { signIn, signOut } from '../../utils/sign-in';

const text = (vi: string) => ({ vi, en: vi });
const schema = makeFormSchema([
  {
    id: 'nguoi-khai',
    title: text('Người khai'),
    fields: [
      { id: 'hoTen', type: 'text', label: text('Họ, chữ đệm và tên'), prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'locked' } },
      {
        id: 'noiCuTru', type: 'address', label: text('Nơi cư trú'), requireStreet: true,
        prefill: { source: 'dan-cu', attribute: 'thuongTru', mode: 'editable' },
      },
      {
        id: 'soDienThoai', type: 'phone', label: text('Số điện thoại'), allowLandline: false,
        prefill: { source: 'vneid', attribute: 'soDienThoai', mode: 'editable' },
      },
      { id: 'ghiChu', type: 'textarea', label: text('Ghi chú'), required: false },
    ],
  },
]);

describe('auto-fill with provenance', () => {
  beforeEach(async () => {
    await signIn('chi-lan');
    await publishMockForm(schema);
  });
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('fills what the state holds, says where each value came from, and keeps that through submission', async () => {
    const lan = personaRecord('chi-lan');
    const phone = syntheticRegistry().contact(lan.soDinhDanh)?.soDienThoai ?? '';
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');

    // A locked value: filled, read-only, announced with its source and how to correct it there
    const name = await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' });
    await waitFor(() => expect(name).toHaveValue(lan.hoTen));
    expect(name).toHaveAttribute('readonly');
    expect(name).toHaveAccessibleDescription(/^Từ CSDL quốc gia về dân cư .*Công an cấp xã nơi cư trú/);

    // An editable value: filled, editable, and says so
    const phoneBox = screen.getByRole('textbox', { name: 'Số điện thoại' });
    await waitFor(() => expect(phoneBox).toHaveValue(phone));
    expect(phoneBox).not.toHaveAttribute('readonly');
    expect(phoneBox).toHaveAccessibleDescription('Từ Tài khoản định danh điện tử VNeID Sửa nếu đã thay đổi.');
    expect(screen.getByRole('group', { name: 'Nơi cư trú' })).toHaveAccessibleDescription(/Từ CSDL quốc gia về dân cư/);

    // Changing it keeps the original, which one click brings back
    await user.clear(phoneBox);
    await user.type(phoneBox, '0912345678');
    expect(phoneBox).toHaveAccessibleDescription(/^Bạn đã sửa thông tin lấy từ Tài khoản định danh điện tử VNeID\. Giá trị ban đầu: /);
    await user.click(screen.getByRole('button', { name: 'Dùng lại giá trị ban đầu' }));
    expect(phoneBox).toHaveValue(phone);
    expect(phoneBox).toHaveFocus();
    await user.clear(phoneBox);
    await user.type(phoneBox, '0912345678');
    await user.type(screen.getByRole('textbox', { name: /Ghi chú/ }), 'Tôi tự nhập');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // Check your answers shows the origins
    await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' });
    const nameRow = screen.getByText('Họ, chữ đệm và tên', { selector: 'dt' }).closest('.summary-list__row') as HTMLElement;
    expect(within(nameRow).getByText('Nguồn: CSDL quốc gia về dân cư')).toBeInTheDocument();
    const phoneRow = screen.getByText('Số điện thoại', { selector: 'dt' }).closest('.summary-list__row') as HTMLElement;
    expect(within(phoneRow).getByText(/^Đã sửa — giá trị gốc từ Tài khoản định danh điện tử VNeID: /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));

    // The receipt reads the dossier's origins; the dossier keeps the original value
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' });
    expect(await screen.findByText(/^Đã sửa — giá trị gốc từ Tài khoản định danh điện tử VNeID: /)).toBeInTheDocument();
    const code = screen.getByText(/^000\.00\.31\.H56-/).textContent ?? '';
    const dossier = await apiRequest(dossierPath(code), { schema: dossierSchema });
    expect(dossier.origins).toMatchObject({
      hoTen: { kind: 'prefilled', source: 'dan-cu' },
      noiCuTru: { kind: 'prefilled', source: 'dan-cu' },
      soDienThoai: { kind: 'overridden', source: 'vneid', original: phone },
      ghiChu: { kind: 'typed' },
    });
  });

  it('never overwrites what the citizen typed while the source was still answering', async () => {
    // Given the population database answers only when we let it
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.get(apiPath(populationPath), async () => {
        await answered;
        return HttpResponse.json(personaRecord('chi-lan'));
      }),
    );
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    const name = await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' });
    expect(name).toHaveAccessibleDescription('Đang lấy thông tin từ CSDL quốc gia về dân cư…');

    // When the citizen types their name before it answers
    await user.type(name, 'Lan Nguyễn');
    answer();

    // Then the rest is filled, and the typed name stays theirs: editable, with no source claimed
    await waitFor(() => expect(screen.getByRole('group', { name: 'Nơi cư trú' })).toHaveAccessibleDescription(/Từ CSDL quốc gia về dân cư/));
    expect(name).toHaveValue('Lan Nguyễn');
    expect(name).not.toHaveAttribute('readonly');
    expect(name).not.toHaveAccessibleDescription(/CSDL/);
  });

  it('speaks English too, and passes axe with its notes and banner', async () => {
    await i18next.changeLanguage('en');
    try {
      setFault('vneid', 'error');
      const { container } = renderApp('/bieu-mau/bieu-mau-thu');
      const name = await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' });
      await waitFor(() => expect(name).toHaveValue(personaRecord('chi-lan').hoTen));
      expect(name).toHaveAccessibleDescription(
        /^From the National Population Database Cannot be changed on the form\./,
      );
      expect(
        await screen.findByText('We could not get your information from the VNeID identity account. You can type it in yourself, or try again.'),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      expect(await axeViolations(container)).toEqual([]);
    } finally {
      clearFaults();
      await i18next.changeLanguage('vi');
    }
  });
});

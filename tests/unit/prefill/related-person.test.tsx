import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ethnicities } from '@mocks/data/code-lists/ethnicities';
import { publishMockForm } from '@mocks/db/published-forms';
import { clearFaults, setFault } from '@mocks/faults';
import { makeFormSchema } from '../../fixtures/make-form-schema';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { renderApp } from '../../utils/render-app';
import { signIn, signOut } from '../../utils/sign-in';

const text = (vi: string) => ({ vi, en: vi });
const person = { personField: 'chaSoDinhDanh', consentField: 'chaDongY' };
const fromFather = (attribute: string, mode: 'locked' | 'editable') => ({ source: 'dan-cu-lien-quan', attribute, mode, ...person });
const schema = makeFormSchema([
  {
    id: 'thong-tin-cha',
    title: text('Thông tin người cha'),
    fields: [
      { id: 'chaSoDinhDanh', type: 'citizen-id', label: text('Số định danh cá nhân của cha'), required: false },
      { id: 'chaDongY', type: 'consent', label: text('Người cha đồng ý chia sẻ thông tin'), required: false },
      { id: 'chaHoTen', type: 'text', label: text('Họ tên của cha'), prefill: fromFather('hoTen', 'locked') },
      { id: 'chaNgaySinh', type: 'date', label: text('Ngày sinh của cha'), prefill: fromFather('ngaySinh', 'locked') },
      { id: 'chaDanToc', type: 'select', label: text('Dân tộc của cha'), options: ethnicities, prefill: fromFather('danToc', 'editable') },
      {
        id: 'chaQuocTich', type: 'select', label: text('Quốc tịch của cha'),
        options: [{ value: 'VN', label: text('Việt Nam') }, { value: 'LA', label: text('Lào') }], prefill: fromFather('quocTich', 'editable'),
      },
      { id: 'chaNoiCuTru', type: 'address', label: text('Nơi cư trú của cha'), prefill: fromFather('noiCuTru', 'editable') },
    ],
  },
]);
const displayDate = (iso: string) => iso.split('-').reverse().join('/');

describe('a related person’s details, with their consent', () => {
  beforeEach(async () => {
    await signIn('chi-lan');
    await publishMockForm(schema);
  });
  afterEach(() => {
    cleanup();
    clearFaults();
    signOut();
  });

  it('fills name, date of birth, ethnicity, nationality and residence once the number is given and consent ticked', async () => {
    const lan = personaRecord('chi-lan');
    const hung = syntheticRegistry().relatedPerson(lan.soDinhDanh, personaRecord('anh-hung').soDinhDanh);
    if (!hung) throw new Error('the synthetic husband is not related');
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    const id = await screen.findByRole('textbox', { name: /^Số định danh cá nhân của cha/ });
    await user.type(id, hung.soDinhDanh);
    // Nothing is asked of the database before the father agrees
    expect(screen.getByRole('textbox', { name: 'Họ tên của cha' })).toHaveValue('');

    await user.click(screen.getByRole('checkbox', { name: /^Người cha đồng ý chia sẻ thông tin/ }));
    const name = screen.getByRole('textbox', { name: 'Họ tên của cha' });
    await waitFor(() => expect(name).toHaveValue(hung.hoTen));
    expect(id).toHaveAccessibleDescription('Đã điền thông tin của người này từ CSDL quốc gia về dân cư.');
    expect(name).toHaveAttribute('readonly');
    expect(name).toHaveAccessibleDescription(/^Từ CSDL quốc gia về dân cư .*người này cần liên hệ Công an cấp xã/);
    expect(screen.getByRole('textbox', { name: 'Ngày sinh của cha' })).toHaveValue(displayDate(hung.ngaySinh));
    const ethnicity = ethnicities.find((option) => option.value === hung.danToc)?.label.vi;
    expect(screen.getByRole('combobox', { name: 'Dân tộc của cha' })).toHaveValue(ethnicity);
    expect(screen.getByRole('combobox', { name: 'Quốc tịch của cha' })).toHaveDisplayValue('Việt Nam');
    expect(screen.getByRole('group', { name: 'Nơi cư trú của cha' })).toHaveAccessibleDescription(/^Từ CSDL quốc gia về dân cư/);
    expect(screen.getByRole('textbox', { name: /Địa chỉ chi tiết/ })).toHaveValue(hung.noiCuTru.chiTiet);
  });

  it('says so next to the number when it is not someone related to the citizen, and leaves the fields to type', async () => {
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    const id = await screen.findByRole('textbox', { name: /^Số định danh cá nhân của cha/ });
    await user.type(id, personaRecord('co-phuong').soDinhDanh);
    await user.click(screen.getByRole('checkbox', { name: /^Người cha đồng ý chia sẻ thông tin/ }));

    await waitFor(() =>
      expect(id).toHaveAccessibleDescription('Không tìm thấy người có quan hệ với bạn theo số định danh này; hãy tự nhập thông tin.'),
    );
    const name = screen.getByRole('textbox', { name: 'Họ tên của cha' });
    expect(name).toHaveValue('');
    expect(name).not.toHaveAttribute('readonly');
    await user.type(name, 'Trần Văn Nam');
    expect(name).toHaveValue('Trần Văn Nam');
  });

  it('takes the first person’s values away when the number changes to someone else', async () => {
    const hung = personaRecord('anh-hung');
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    const id = await screen.findByRole('textbox', { name: /^Số định danh cá nhân của cha/ });
    await user.type(id, hung.soDinhDanh);
    await user.click(screen.getByRole('checkbox', { name: /^Người cha đồng ý chia sẻ thông tin/ }));
    const ethnicityBox = screen.getByRole('combobox', { name: 'Dân tộc của cha' });
    await waitFor(() => expect(ethnicityBox).not.toHaveValue(''));

    await user.clear(id);
    await user.type(id, personaRecord('co-phuong').soDinhDanh);
    await waitFor(() => expect(id).toHaveAccessibleDescription(/^Không tìm thấy người có quan hệ với bạn/));
    expect(screen.getByRole('textbox', { name: 'Họ tên của cha' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Họ tên của cha' })).not.toHaveAttribute('readonly');
    expect(ethnicityBox).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Quốc tịch của cha' })).toHaveValue('');
  });

  it('waits for the population database when it is down, and looks the person up after a retry', async () => {
    const hung = personaRecord('anh-hung');
    setFault('dan-cu', 'error');
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    const id = await screen.findByRole('textbox', { name: /^Số định danh cá nhân của cha/ });
    await user.type(id, hung.soDinhDanh);
    await user.click(screen.getByRole('checkbox', { name: /^Người cha đồng ý chia sẻ thông tin/ }));
    expect(id).toHaveAccessibleDescription(
      'Chưa lấy được thông tin của người này từ CSDL quốc gia về dân cư; hãy tự nhập thông tin, hoặc thử lại.',
    );

    clearFaults();
    await user.click(await screen.findByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Họ tên của cha' })).toHaveValue(hung.hoTen));
  });

  it('reads the citizen’s own record, without consent, when the number is their own', async () => {
    const lan = personaRecord('chi-lan');
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    await user.type(await screen.findByRole('textbox', { name: /^Số định danh cá nhân của cha/ }), lan.soDinhDanh);
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Họ tên của cha' })).toHaveValue(lan.hoTen));
  });
});

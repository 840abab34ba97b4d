/**
 * The group and repeatable-group field types inside the real field host and react-hook-form: what
 * their own unit tests (with a stand-in host) cannot show.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onePageSchema } from '../fixtures/make-form-schema';
import { renderFormPage } from '../utils/render-form-page';

const hoTen = { type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } };
const quanHe = { type: 'text', id: 'quanHe', label: { vi: 'Quan hệ với chủ hộ', en: 'Relationship' } };

describe('group in a form', () => {
  const schema = onePageSchema([
    { type: 'group', id: 'nguoiKhai', label: { vi: 'Thông tin người khai', en: 'About you' }, fields: [hoTen] },
  ]);

  it('draws a fieldset around its children, whose answers sit at the top level', async () => {
    const { user, onValid } = renderFormPage(schema);
    const group = screen.getByRole('group', { name: 'Thông tin người khai' });
    await user.type(within(group).getByRole('textbox', { name: 'Họ, chữ đệm và tên' }), 'Nguyễn Văn A');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onValid).toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toHaveAttribute('id', 'f-hoTen');
  });
});

describe('repeatable group in a form', () => {
  const schema = onePageSchema([
    {
      type: 'repeatable-group', id: 'thanhVien', label: { vi: 'Thành viên hộ gia đình', en: 'Household members' },
      minItems: 1, maxItems: 2, itemLabel: { vi: 'Thành viên', en: 'Member' }, fields: [hoTen, quanHe],
    },
  ]);

  it('starts with the minimum, validates each item and links errors to the item’s controls', async () => {
    const { user, onValid } = renderFormPage(schema);
    expect(screen.getAllByRole('group', { name: /^Thành viên \d$/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onValid).not.toHaveBeenCalled();
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#f-thanhVien-0-hoTen', '#f-thanhVien-0-quanHe']);
  });

  it('adds, numbers and removes members, and stops at the maximum', async () => {
    const { user, onValid } = renderFormPage(schema);
    const first = screen.getByRole('group', { name: 'Thành viên 1' });
    await user.type(within(first).getByRole('textbox', { name: 'Họ, chữ đệm và tên' }), 'Nguyễn Văn A');
    await user.type(within(first).getByRole('textbox', { name: 'Quan hệ với chủ hộ' }), 'Chủ hộ');

    await user.click(screen.getByRole('button', { name: 'Thêm thành viên' }));
    const second = screen.getByRole('group', { name: 'Thành viên 2' });
    expect(within(second).getByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Thêm thành viên' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(screen.getByRole('button', { name: 'Xoá thành viên 1' }));
    expect(screen.getAllByRole('group', { name: /^Thành viên \d$/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Thêm thành viên' })).toHaveFocus();
    const remaining = screen.getByRole('group', { name: 'Thành viên 1' });
    expect(within(remaining).getByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toHaveValue('');

    await user.type(within(remaining).getByRole('textbox', { name: 'Họ, chữ đệm và tên' }), 'Trần Thị B');
    await user.type(within(remaining).getByRole('textbox', { name: 'Quan hệ với chủ hộ' }), 'Vợ');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(onValid).toHaveBeenCalled();
  });
});

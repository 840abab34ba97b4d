import { screen, waitFor, within } from '@testing-library/react';
import { fetchAuthoringDraft } from '@/builder/api/get-authoring-draft';
import { saveAuthoringDraft } from '@/builder/api/save-authoring-draft';
import { apiRequest } from '@/lib/api-client';
import { formDocumentSchema, formPath } from '@/lib/api-contract/forms';
import { renderApp } from '@tests/utils/render-app';
import { signIn } from '@tests/utils/sign-in';

const formId = 'dang-ky-tam-tru';

async function openEditor() {
  await signIn('tac-gia-bieu-mau');
  const view = renderApp(`/soan-bieu-mau/${formId}`);
  await screen.findByRole('heading', { name: 'Các trang của biểu mẫu' }, { timeout: 5000 });
  return view;
}

const properties = () => screen.getByRole('tabpanel');

describe('the form builder', () => {
  it('adds a date field, offers only date values to bind, and keeps the draft across a reload', async () => {
    const { user, unmount } = await openEditor();
    await user.click(screen.getByRole('button', { name: /^Thêm “Ngày tháng” vào/ }));
    expect(within(properties()).getByRole('heading', { name: 'Trường: Ngày tháng' })).toBeInTheDocument();

    const label = within(properties()).getByRole('group', { name: 'Nhãn câu hỏi' });
    const vietnamese = within(label).getByRole('textbox', { name: 'Tiếng Việt' });
    await user.clear(vietnamese);
    await user.type(vietnamese, 'Ngày sinh của người kê khai');

    const source = within(properties()).getByRole('combobox', { name: 'Nguồn dữ liệu' });
    const sources = within(source).getAllByRole('option').map((option) => option.textContent);
    expect(sources).toContain('CSDL quốc gia về dân cư');
    await user.selectOptions(source, 'CSDL quốc gia về dân cư');
    const attribute = within(properties()).getByRole('combobox', { name: 'Thông tin' });
    const attributes = within(attribute).getAllByRole('option').map((option) => option.textContent);
    expect(attributes).toContain('Ngày, tháng, năm sinh');
    expect(attributes).not.toContain('Họ, chữ đệm và tên');
    await user.selectOptions(attribute, 'Ngày, tháng, năm sinh');

    const canvas = screen.getByRole('region', { name: 'Các trang của biểu mẫu' });
    expect(within(canvas).getByRole('button', { name: /^Ngày sinh của người kê khai/ })).toHaveTextContent('Tự điền: CSDL quốc gia về dân cư');
    await screen.findByText(/^Đã lưu bản nháp lúc/, undefined, { timeout: 5000 });
    unmount();

    renderApp(`/soan-bieu-mau/${formId}`);
    const reopened = await screen.findByRole('region', { name: 'Các trang của biểu mẫu' }, { timeout: 5000 });
    expect(within(reopened).getByRole('button', { name: /^Ngày sinh của người kê khai/ })).toBeInTheDocument();
    expect(screen.getByText('Bản nháp dựa trên phiên bản 1')).toBeInTheDocument();
    // The longest builder journey (some 60 user events): ≈ 11 s alone on this 2-core machine, twice
    // that with the suite's other thread busy, past the default 20 s.
  }, 45_000);

  it('never overwrites a colleague’s save silently: the author chooses which draft to keep', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: /^Thêm “Thư điện tử” vào/ }));
    await screen.findByText(/^Đã lưu bản nháp lúc/, undefined, { timeout: 5000 });
    // A colleague saves the draft from another browser
    const theirs = await fetchAuthoringDraft(formId);
    if (!theirs) throw new Error('the draft should exist');
    await saveAuthoringDraft(formId, { revision: theirs.revision, document: { ...theirs.document, title: { vi: 'Bản của đồng nghiệp' } } });

    await user.click(screen.getByRole('button', { name: /^Thêm “Số điện thoại” vào/ }));
    const conflict = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(conflict).toHaveTextContent('Bản nháp vừa được lưu từ nơi khác');
    await user.click(within(conflict).getByRole('button', { name: 'Giữ bản của tôi' }));
    await screen.findByText(/^Đã lưu bản nháp lúc/, undefined, { timeout: 5000 });
    const kept = await fetchAuthoringDraft(formId);
    expect(JSON.stringify(kept?.document)).toContain('"id":"phone1"');
    expect(kept?.document).toMatchObject({ title: { vi: 'Tờ khai thay đổi thông tin cư trú: đăng ký tạm trú' } });
  });

  it('undoes and redoes an edit', async () => {
    const { user } = await openEditor();
    const canvas = screen.getByRole('region', { name: 'Các trang của biểu mẫu' });
    const added = () => within(canvas).queryByRole('button', { name: /^Thư điện tử/ });
    expect(added()).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Thêm “Thư điện tử” vào/ }));
    expect(added()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    expect(added()).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Làm lại' }));
    expect(added()).toBeInTheDocument();
  });

  it('publishes an immutable new version that citizens are then served', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: /^Thêm “Thư điện tử” vào/ }));
    await user.click(screen.getByRole('button', { name: 'Xuất bản' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xuất bản phiên bản 2' });
    await within(dialog).findByText(/Thêm trường “Thư điện tử”/, undefined, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: 'Xuất bản' }));
    await screen.findByText(/Đã xuất bản phiên bản 2/, undefined, { timeout: 5000 });

    const served = await apiRequest(formPath(formId), { schema: formDocumentSchema });
    expect(served.version).toBe(2);
    expect(JSON.stringify(served)).toContain('"id":"email1"');
    const original = await apiRequest(`${formPath(formId)}?version=1`, { schema: formDocumentSchema });
    expect(JSON.stringify(original)).not.toContain('"id":"email1"');
  });

  it('writes a condition from field, comparison and value as JSON Logic', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('button', { name: /^Thêm “Chữ” vào|^Thêm “Một dòng chữ” vào/ }));
    const visible = within(properties()).getByRole('group', { name: 'Chỉ hiện khi' });
    await user.click(within(visible).getByRole('button', { name: 'Thêm điều kiện' }));
    const operator = within(visible).getByRole('combobox', { name: 'Phép so sánh' });
    await user.selectOptions(operator, 'đã trả lời');
    await user.click(within(visible).getByRole('button', { name: 'Sửa JSON Logic' }));
    const raw = within(visible).getByRole('textbox', { name: 'JSON Logic (cho người dùng thành thạo)' });
    expect(JSON.parse((raw as HTMLTextAreaElement).value)).toMatchObject({ '!!': [{ var: expect.any(String) }] });
  });

  it('refuses an imported file that is not a form, naming each problem’s place', async () => {
    const { user } = await openEditor();
    await user.click(screen.getByRole('tab', { name: 'Phiên bản' }));
    const file = new File([JSON.stringify({ schemaVersion: 1, id: formId, version: 1, title: {}, pages: [] })], 'bad.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Tệp JSON'), file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/lỗi, chưa nhập/);
    expect(within(alert).getByText('title.vi')).toBeInTheDocument();
  });

  it('tells a citizen without the author role that the builder is not for them', async () => {
    await signIn('chi-lan');
    renderApp('/soan-bieu-mau');
    expect(await screen.findByRole('heading', { name: 'Không có quyền soạn biểu mẫu' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('lists the department’s forms with their version in use', async () => {
    await signIn('tac-gia-bieu-mau');
    renderApp('/soan-bieu-mau');
    const table = await screen.findByRole('table', undefined, { timeout: 5000 });
    const row = within(table).getByRole('row', { name: /đăng ký tạm trú/ });
    expect(row).toHaveTextContent('Phiên bản 1');
    expect(within(row).getByRole('link', { name: /Soạn “/ })).toHaveAttribute('href', `/soan-bieu-mau/${formId}`);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Tạo biểu mẫu mới' })).toBeInTheDocument());
  });

  it('creates a new form as a draft and opens it in the editor, after pointing out what is missing', async () => {
    await signIn('tac-gia-bieu-mau');
    const { user } = renderApp('/soan-bieu-mau');
    const create = await screen.findByRole('region', { name: 'Tạo biểu mẫu mới' }, { timeout: 5000 });
    await user.type(within(create).getByRole('textbox', { name: 'Mã biểu mẫu' }), 'Cap Ban Sao');
    await user.click(within(create).getByRole('button', { name: 'Tạo bản nháp' }));
    const summary = await within(create).findByRole('alert');
    expect(summary).toHaveTextContent('Mã biểu mẫu chỉ gồm chữ thường không dấu');
    expect(summary).toHaveTextContent('Nhập tên biểu mẫu bằng tiếng Việt');

    const id = within(create).getByRole('textbox', { name: 'Mã biểu mẫu' });
    await user.clear(id);
    await user.type(id, 'cap-ban-sao-trich-luc');
    await user.type(within(create).getByRole('textbox', { name: 'Tên biểu mẫu (tiếng Việt)' }), 'Tờ khai cấp bản sao trích lục hộ tịch');
    await user.type(within(create).getByRole('textbox', { name: /Mã thủ tục quốc gia/ }), '2.000635');
    await user.type(within(create).getByRole('textbox', { name: 'Cơ quan giải quyết' }), 'UBND cấp xã');
    await user.click(within(create).getByRole('button', { name: 'Tạo bản nháp' }));

    const canvas = await screen.findByRole('region', { name: 'Các trang của biểu mẫu' }, { timeout: 5000 });
    expect(within(canvas).getByRole('heading', { name: 'Trang 1: Trang 1' })).toBeInTheDocument();
    expect(screen.getByText('Bản nháp, chưa xuất bản lần nào')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { server } from '@mocks/node';
import { clearFaults, setFault } from '@mocks/faults';
import { fetchDossierList } from '@/submission/drafts/draft-api';
import { makeFormSchema } from '../fixtures/make-form-schema';
import { renderApp } from '../utils/render-app';
import { signIn, signOut } from '../utils/sign-in';

const schema = makeFormSchema([
  {
    id: 'thong-tin',
    title: { vi: 'Thông tin người khai', en: 'About you' },
    fields: [
      { type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } },
      {
        type: 'radios', id: 'coCon', label: { vi: 'Bạn có con dưới 6 tuổi không?', en: 'Do you have a child under 6?' },
        options: [{ value: 'co', label: { vi: 'Có', en: 'Yes' } }, { value: 'khong', label: { vi: 'Không', en: 'No' } }],
      },
    ],
  },
  {
    id: 'thong-tin-con',
    title: { vi: 'Thông tin con', en: 'Your child' },
    visibleIf: { '==': [{ var: 'coCon' }, 'co'] },
    fields: [{ type: 'text', id: 'conHoTen', label: { vi: 'Họ và tên của con', en: 'Child’s full name' } }],
  },
  {
    id: 'ghi-chu',
    title: { vi: 'Ghi chú', en: 'Notes' },
    fields: [{ type: 'textarea', id: 'ghiChu', label: { vi: 'Ghi chú thêm', en: 'Notes' }, required: false }],
  },
]);

/** Publishes the journey's schema on the mock backend, as a department would. */
const publishTestForm = () => publishMockForm(schema);

describe('the citizen journey', () => {
  beforeEach(async () => {
    await signIn('anh-khoa');
  });
  afterEach(() => signOut());

  it('goes page by page with progress, stops on errors, checks answers, submits and shows the dossier code', async () => {
    await publishTestForm();
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');

    // Page 1 of 2 (the child page is hidden until "Có").
    expect(await screen.findByRole('heading', { level: 1, name: 'Thông tin người khai' })).toBeInTheDocument();
    expect(screen.getByText(/Bước 1\/2/)).toBeInTheDocument();

    // Continue with nothing: the summary lists both problems and takes focus.
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Vui lòng nhập họ, chữ đệm và tên',
      'Vui lòng chọn câu trả lời cho mục “Bạn có con dưới 6 tuổi không?”',
    ]);
    expect(summary.closest('.error-summary')).toHaveFocus();

    // The link moves focus to the field.
    await user.click(within(summary).getAllByRole('link')[0]!);
    expect(screen.getByRole('textbox', { name: /Họ, chữ đệm và tên/ })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: /Họ, chữ đệm và tên/ }), 'Trần Thị Mai');
    await user.click(screen.getByRole('radio', { name: 'Có' }));
    expect(screen.getByText(/Bước 1\/3/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // The conditional page appears.
    const childHeading = await screen.findByRole('heading', { level: 1, name: 'Thông tin con' });
    await waitFor(() => expect(childHeading).toHaveFocus());
    expect(screen.getByText(/Bước 2\/3/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên của con' }), 'Lê Minh An');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { level: 1, name: 'Ghi chú' });
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // Check your answers, with a change link per answer.
    expect(await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' })).toBeInTheDocument();
    expect(screen.getByText('Trần Thị Mai')).toBeInTheDocument();
    expect(screen.getByText('Lê Minh An')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Thay đổi Họ, chữ đệm và tên' }));

    // Changing an answer returns straight to check-your-answers, keeping everything else.
    const name = await screen.findByRole('textbox', { name: /Họ, chữ đệm và tên/ });
    expect(name).toHaveValue('Trần Thị Mai');
    await user.clear(name);
    await user.type(name, 'Trần Thị Mai Anh');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' });
    expect(screen.getByText('Trần Thị Mai Anh')).toBeInTheDocument();
    expect(screen.getByText('Lê Minh An')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' })).toBeInTheDocument();
    expect(screen.getByText(/^000\.00\.31\.H56-\d{6}-\d{4}$/)).toBeInTheDocument();
    // The printable summary of what was declared, read back from the filed dossier.
    expect(await screen.findByText('Trần Thị Mai Anh')).toBeInTheDocument();
  });

  it('does not file answers of a page the citizen skipped', async () => {
    await publishTestForm();
    let filed: Record<string, unknown> | undefined;
    server.events.on('request:start', async ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/api/dossiers')) filed = (await request.clone().json()) as Record<string, unknown>;
    });
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    await user.type(await screen.findByRole('textbox', { name: /Họ, chữ đệm và tên/ }), 'Phạm Văn Hùng');
    await user.click(screen.getByRole('radio', { name: 'Có' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.type(await screen.findByRole('textbox', { name: 'Họ và tên của con' }), 'Phạm Gia Bảo');
    await user.click(screen.getByRole('link', { name: 'Quay lại' }));
    await user.click(await screen.findByRole('radio', { name: 'Không' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { level: 1, name: 'Ghi chú' });
    expect(screen.getByText(/Bước 2\/2/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(screen.queryByText('Phạm Gia Bảo')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' });
    expect(filed?.answers).toEqual({ hoTen: 'Phạm Văn Hùng', coCon: 'khong', ghiChu: '' });
    server.events.removeAllListeners();
  });

  it('keeps every answer and says so when the submission is refused', async () => {
    await publishTestForm();
    // A refusal (4xx) is final: no retry, the citizen is told at once
    server.use(http.post('*/api/dossiers', () => HttpResponse.json({ code: 'unknown-form', message: 'withdrawn' }, { status: 422 })));
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    await user.type(await screen.findByRole('textbox', { name: /Họ, chữ đệm và tên/ }), 'Đỗ Thu Hà');
    await user.click(screen.getByRole('radio', { name: 'Không' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { level: 1, name: 'Ghi chú' });
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByText(/Chưa nộp được hồ sơ/)).toBeInTheDocument();
    expect(screen.getByText('Đỗ Thu Hà')).toBeInTheDocument();
  });

  it('shows a readable list of problems instead of a broken form when the schema is invalid', async () => {
    server.use(
      http.get('*/api/forms/bieu-mau-hong', () =>
        HttpResponse.json({ ...schema, id: 'bieu-mau-hong', pages: [{ ...schema.pages[0], fields: [{ type: 'ban-do', id: 'x', label: { vi: 'X' } }] }] }),
      ),
    );
    renderApp('/bieu-mau/bieu-mau-hong');
    expect(await screen.findByRole('heading', { name: 'Biểu mẫu này đang có lỗi cấu hình' })).toBeInTheDocument();
    expect(screen.getByText('pages[0].fields[0].type')).toBeInTheDocument();
    expect(screen.getByText(/Unknown field type "ban-do"/)).toBeInTheDocument();
  });
});

describe('signing in', () => {
  it('sends a visitor to sign in with VNeID before the form, and back to it afterwards', async () => {
    await publishTestForm();
    renderApp('/bieu-mau/bieu-mau-thu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập để nộp hồ sơ' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Đăng nhập bằng VNeID' });
    const target = new URL(link.getAttribute('href') ?? '', 'http://localhost:3000');
    expect(target.pathname).toBe('/dang-nhap/vneid');
    expect(target.searchParams.get('redirect_uri')).toBe('http://localhost:3000/dang-nhap/callback');
    expect(target.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('asks for a level-2 account when the procedure needs one', async () => {
    await publishTestForm();
    await signIn('ba-xuan');
    renderApp('/bieu-mau/bieu-mau-thu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cần tài khoản định danh mức độ 2' })).toBeInTheDocument();
    signOut();
  });
});

describe('filing exactly once', () => {
  afterEach(() => {
    clearFaults();
    signOut();
  });

  it('sends again after a 5xx, with the same key, and files a single dossier', async () => {
    await signIn('chi-lan');
    await publishTestForm();
    setFault('ho-so', 'flaky'); // the first attempt gets a 503, the next one goes through
    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    await user.type(await screen.findByRole('textbox', { name: /Họ, chữ đệm và tên/ }), 'Đỗ Thu Hà');
    await user.click(screen.getByRole('radio', { name: 'Không' }));
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { level: 1, name: 'Ghi chú' });
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByText(/Chưa gửi được, đang thử lại \(lần 1\)/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Nộp hồ sơ thành công' }, { timeout: 5000 })).toBeInTheDocument();
    const { dossiers } = await fetchDossierList();
    expect(dossiers).toHaveLength(1);
  });
});

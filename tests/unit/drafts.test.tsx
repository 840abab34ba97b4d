import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { server } from '@mocks/node';
import { preloadPage } from '@/app/router';
import { currentSession } from '@/identity/session-store';
import { fetchDossierList, fetchDraft } from '@/submission/drafts/draft-api';
import { clearAllLocalDrafts, localDraftsOf, readLocalDraft } from '@/submission/drafts/local-drafts';
import { makeFormSchema } from '../fixtures/make-form-schema';
import { renderApp } from '../utils/render-app';
import { createTestQueryClient } from '../utils/render-form-page';
import { signIn } from '../utils/sign-in';

const schema = makeFormSchema([
  {
    id: 'thong-tin',
    title: { vi: 'Thông tin người khai', en: 'About you' },
    fields: [{ type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } }],
  },
  {
    id: 'ghi-chu',
    title: { vi: 'Ghi chú', en: 'Notes' },
    fields: [{ type: 'textarea', id: 'ghiChu', label: { vi: 'Ghi chú thêm', en: 'Notes' }, required: false }],
  },
]);
const owner = () => currentSession()?.user.sub ?? '';

/** Types on both pages and waits for the autosave (device and server). */
async function startDossier() {
  const { user } = renderApp('/bieu-mau/bieu-mau-thu');
  await user.type(await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' }), 'Đỗ Thu Hà');
  await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
  await user.type(await screen.findByRole('textbox', { name: /Ghi chú thêm/ }), 'Nhận kết quả buổi sáng');
  await waitFor(async () => expect((await fetchDraft('bieu-mau-thu'))?.answers.ghiChu).toBe('Nhận kết quả buổi sáng'));
  return user;
}

const setOnline = (online: boolean) => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
};

describe('drafts', () => {
  beforeEach(async () => {
    await signIn('anh-khoa');
    await publishMockForm(schema);
  });
  afterEach(() => vi.restoreAllMocks());

  it('saves every change within a second and resumes on the same page after a reload', async () => {
    await startDossier();
    expect((await readLocalDraft(owner(), 'bieu-mau-thu'))?.pageId).toBe('ghi-chu');
    cleanup(); // the tab is reloaded

    const { user } = renderApp('/bieu-mau/bieu-mau-thu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ghi chú' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Ghi chú thêm/ })).toHaveValue('Nhận kết quả buổi sáng');
    await user.click(screen.getByRole('link', { name: 'Quay lại' }));
    expect(await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toHaveValue('Đỗ Thu Hà');
  });

  it('asks for the draft alongside the form, not after it', async () => {
    let draftAsked = () => {};
    const asked = new Promise<void>((resolve) => (draftAsked = resolve));
    // Handlers that return nothing hand the request on to the mock backend's own.
    server.use(
      http.get('*/api/drafts/bieu-mau-thu', () => draftAsked()),
      http.get('*/api/forms/bieu-mau-thu', async () => {
        await asked; // the form answers only once the draft has been asked for
      }),
    );
    renderApp('/bieu-mau/bieu-mau-thu');
    expect(await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('opened from its address, asks for the form and the draft while the app starts, once each, and afresh next time', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/drafts/bieu-mau-thu', () => void asked.push('draft')),
      http.get('*/api/forms/bieu-mau-thu', () => void asked.push('form')),
    );
    const queryClient = createTestQueryClient();
    const prefetch = await preloadPage('/bieu-mau/bieu-mau-thu');
    prefetch?.(queryClient);
    await waitFor(() => expect(asked.toSorted()).toEqual(['draft', 'form'])); // nothing rendered yet
    renderApp('/bieu-mau/bieu-mau-thu', queryClient);
    expect(await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toBeInTheDocument();
    expect(asked.toSorted()).toEqual(['draft', 'form']);
    cleanup();
    // A later form session reads the draft again: another tab or device may have saved since.
    renderApp('/bieu-mau/bieu-mau-thu', queryClient);
    expect(await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toBeInTheDocument();
    expect(asked.toSorted()).toEqual(['draft', 'draft', 'form']);
  });

  it('resumes on another device (or after a new login) from the server copy', async () => {
    await startDossier();
    cleanup();
    await clearAllLocalDrafts(); // another phone: nothing on this device
    await signIn('anh-khoa');
    renderApp('/bieu-mau/bieu-mau-thu');
    expect(await screen.findByRole('textbox', { name: /Ghi chú thêm/ })).toHaveValue('Nhận kết quả buổi sáng');
  });

  it('keeps each person’s drafts apart on a shared device', async () => {
    await startDossier();
    cleanup();
    await signIn('chi-lan');
    renderApp('/bieu-mau/bieu-mau-thu');
    expect(await screen.findByRole('textbox', { name: 'Họ, chữ đệm và tên' })).toHaveValue('');
  });

  it('holds a submission made offline and sends it, once, when the connection returns', async () => {
    const user = await startDossier();
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' });
    setOnline(false);
    await user.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await screen.findByText(/Bạn đang mất kết nối mạng/)).toBeInTheDocument();
    expect((await fetchDossierList()).dossiers).toEqual([]);

    setOnline(true);
    expect(await screen.findByRole('heading', { name: 'Nộp hồ sơ thành công' })).toBeInTheDocument();
    expect((await fetchDossierList()).dossiers).toHaveLength(1);
  });

  it('never files a second dossier from a second tab of the same draft', async () => {
    const user = await startDossier();
    cleanup();
    // A second tab opens the same draft at "check your answers"…
    const second = renderApp('/bieu-mau/bieu-mau-thu/kiem-tra');
    await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' });
    const secondSubmit = screen.getByRole('button', { name: 'Nộp hồ sơ' });
    // …while the first tab files it
    const first = renderApp('/bieu-mau/bieu-mau-thu/kiem-tra');
    const firstView = within(first.container);
    await user.click(await firstView.findByRole('button', { name: 'Nộp hồ sơ' }));
    expect(await firstView.findByRole('heading', { name: 'Nộp hồ sơ thành công' })).toBeInTheDocument();

    await second.user.click(secondSubmit);
    await waitFor(() => expect(window.location.pathname).toMatch(/^\/ho-so\//));
    const { dossiers } = await fetchDossierList();
    expect(dossiers).toHaveLength(1);
    expect(window.location.pathname).toBe(`/ho-so/${encodeURIComponent(dossiers[0]?.dossierCode ?? '')}`);
  });
});

describe('my dossiers and signing out', () => {
  beforeEach(async () => {
    await signIn('anh-khoa');
    await publishMockForm(schema);
  });

  it('lists drafts to continue, and deletes one only after asking', async () => {
    await startDossier();
    cleanup();
    const { user } = renderApp('/ho-so-cua-toi');
    expect(await screen.findByRole('link', { name: 'Tiếp tục khai: Thủ tục thử nghiệm' })).toHaveAttribute('href', '/bieu-mau/bieu-mau-thu');
    expect(screen.getByText('Bạn chưa nộp hồ sơ nào.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Xóa bản nháp: Thủ tục thử nghiệm' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Xóa bản nháp "Thủ tục thử nghiệm"?');
    await user.click(screen.getByRole('button', { name: 'Xóa bản nháp' }));
    expect(await screen.findByText('Bạn không có hồ sơ nào đang khai dở.')).toBeInTheDocument();
    expect(await fetchDraft('bieu-mau-thu')).toBeUndefined();
  });

  it('asks before signing out whether to clear the drafts left on this device', async () => {
    await startDossier();
    const who = owner();
    cleanup();
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Còn hồ sơ đang khai trên thiết bị này' });
    expect(dialog).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Xóa khỏi thiết bị và đăng xuất' }));
    await waitFor(() => expect(currentSession()).toBeUndefined());
    expect(await localDraftsOf(who)).toEqual([]);
  });
});

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { http, HttpResponse } from 'msw';
import { personasPath, userInfoPath, userInfoSchema, type PersonaSummary } from '@/lib/api-contract/identity';
import { getWithToken, tokenRequest } from '@mocks/auth/test-sign-in';
import { getSyntheticRegistry } from '@mocks/data/synthetic';
import { clearFaults, setFault } from '@mocks/faults';
import { apiPath } from '@mocks/handlers/api-path';
import VneidSignInPage from '@mocks/identity-provider/sign-in-page';
import { server } from '@mocks/node';
import { axeViolations } from '../../utils/axe';

const registry = getSyntheticRegistry();
const [persona] = registry.personas;
if (!persona) throw new Error('the synthetic population needs a persona');
const personaName = registry.person(persona.soDinhDanh)?.hoTen ?? '';

const callback = `${location.origin}/dang-nhap/callback`;
const state = 'a1b2c3d4e5f60718';
const signInUrl = (redirectUri = callback) =>
  `/dang-nhap/vneid?${new URLSearchParams({ response_type: 'code', client_id: 'dvc-bieu-mau-dien-tu', redirect_uri: redirectUri, state })}`;

function renderPage(url = signInUrl()) {
  const redirect = vi.fn<(url: string) => void>();
  const user = userEvent.setup();
  window.history.replaceState(null, '', url);
  const view = render(<VneidSignInPage redirect={redirect} />);
  return { redirect, user, ...view };
}

afterEach(async () => {
  cleanup(); // before the language changes back, so no unmounted-yet page re-renders outside act()
  clearFaults();
  await i18next.changeLanguage('vi');
});

describe('the mock VNeID sign-in page', () => {
  it('looks like the identity provider, not the portal, and lists personas as radio cards', async () => {
    const { container } = renderPage();
    expect(within(screen.getByRole('banner')).getByText('VNeID — Định danh điện tử (giả lập)')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(/giả lập, chỉ dùng để kiểm thử/);
    const group = await screen.findByRole('group', { name: 'Chọn tài khoản thử nghiệm' });
    expect(within(group).getAllByRole('radio')).toHaveLength(registry.personas.length);
    const card = within(group).getByRole('radio', { name: personaName });
    const last = persona.soDinhDanh.slice(-3);
    expect(card).toHaveAccessibleDescription(expect.stringContaining(`kết thúc bằng ${last}`));
    expect(card).toHaveAccessibleDescription(expect.stringContaining(`Mức độ ${persona.ial}`));
    expect(card).toHaveAccessibleDescription(expect.stringContaining(persona.story.vi));
    expect(screen.getByText(`${persona.soDinhDanh.slice(0, 4)}•••••${last}`)).toBeInTheDocument();
    expect(screen.queryByText(persona.soDinhDanh)).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('signs the chosen persona in and returns to the portal with a code that works', async () => {
    const { redirect, user } = renderPage();
    await user.click(await screen.findByRole('radio', { name: personaName }));
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await vi.waitFor(() => expect(redirect).toHaveBeenCalledOnce());
    const back = new URL(redirect.mock.calls[0]![0]);
    expect(`${back.origin}${back.pathname}`).toBe(callback);
    expect(back.searchParams.get('state')).toBe(state);
    // the portal then exchanges the code and reads who signed in
    const token = (await (await tokenRequest(back.searchParams.get('code') ?? '', callback)).json()) as { accessToken: string };
    const claims = userInfoSchema.parse(await (await getWithToken(userInfoPath, token.accessToken)).json());
    expect(claims.soDinhDanh).toBe(persona.soDinhDanh);
  });

  it('asks to choose an account first, and moves focus to the choices', async () => {
    const { redirect, user } = renderPage();
    const [first] = await screen.findAllByRole('radio');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(screen.getByText('Chọn một tài khoản để đăng nhập')).toBeInTheDocument();
    expect(first).toHaveFocus();
    expect(redirect).not.toHaveBeenCalled();
  });

  it('offers to cancel back to the portal, as OAuth does (access_denied)', async () => {
    renderPage();
    const cancel = await screen.findByRole('link', { name: 'Huỷ' });
    const href = new URL(cancel.getAttribute('href') ?? '');
    expect([href.searchParams.get('error'), href.searchParams.get('state')]).toEqual(['access_denied', state]);
  });

  it('refuses a request that would send the code to another site', () => {
    for (const target of ['https://evil.example/cb', 'javascript:alert(1)']) {
      const { unmount } = renderPage(signInUrl(target));
      expect(screen.getByRole('heading', { name: 'Yêu cầu đăng nhập không hợp lệ' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Đăng nhập' })).not.toBeInTheDocument();
      unmount();
    }
  });

  it('shows data as text, never as HTML', async () => {
    const hostile: PersonaSummary = { ...persona, hoVaTen: '<img src=x onerror="alert(1)">', story: { vi: '<b>đậm</b>', en: '' } };
    server.use(http.get(apiPath(personasPath), () => HttpResponse.json({ personas: [hostile] })));
    const { container } = renderPage();
    expect(await screen.findByRole('radio', { name: hostile.hoVaTen })).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('tells the tester when the provider is down, and tries again', async () => {
    setFault('vneid', 'error');
    const { user } = renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được danh sách tài khoản');
    clearFaults();
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findAllByRole('radio')).toHaveLength(registry.personas.length);
  });

  it('speaks English too', async () => {
    const { user } = renderPage();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Sign in with your electronic identity account' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: personaName })).toHaveAccessibleDescription(
      expect.stringContaining(persona.story.en),
    );
  });
});

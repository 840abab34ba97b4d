import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, matchPath, Redirect, Route, Switch, useLocation, useParams, useSearchParams } from './navigation';

function Where() {
  const { pathname, search, hash, state, navigated } = useLocation();
  return (
    <output aria-label="where">
      {JSON.stringify({ pathname, search, hash, showErrors: state?.showErrors ?? null, navigated })}
    </output>
  );
}

const where = () => JSON.parse(screen.getByRole('status', { name: 'where' }).textContent ?? '{}') as Record<string, unknown>;

function Dossier() {
  const { dossierCode } = useParams<'dossierCode'>();
  return <p>Hồ sơ {dossierCode}</p>;
}

function renderAt(url: string, children: React.ReactNode) {
  window.history.replaceState(null, '', url);
  return { user: userEvent.setup(), ...render(children) };
}

describe('navigation', () => {
  it('follows a link in the page, keeping its state and telling it was navigated to', async () => {
    const { user } = renderAt(
      '/',
      <>
        <Link to="/bieu-mau/khai-sinh/buoc/me?tu=kiem-tra#f-hoTen" state={{ showErrors: true }}>
          Sửa
        </Link>
        <Where />
      </>,
    );
    expect(where()).toMatchObject({ pathname: '/', navigated: false });

    await user.click(screen.getByRole('link', { name: 'Sửa' }));

    expect(where()).toEqual({ pathname: '/bieu-mau/khai-sinh/buoc/me', search: '?tu=kiem-tra', hash: '#f-hoTen', showErrors: true, navigated: true });
    expect(window.location.href).toBe('http://localhost:3000/bieu-mau/khai-sinh/buoc/me?tu=kiem-tra#f-hoTen');
  });

  it('leaves a ctrl-click (new tab) to the browser', async () => {
    const { user } = renderAt('/', <Link to="/ho-so-cua-toi">Hồ sơ của tôi</Link>);
    const link = screen.getByRole('link', { name: 'Hồ sơ của tôi' });
    expect(link).toHaveAttribute('href', '/ho-so-cua-toi');

    // Runs after the app's handler: records whether it left the click to the browser, then stops
    // jsdom, which cannot open tabs, from following it.
    const leftToBrowser: boolean[] = [];
    const browser = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', browser);

    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    window.removeEventListener('click', browser);

    expect(leftToBrowser).toEqual([true]);
    expect(window.location.pathname).toBe('/');
  });

  it('goes back to the page before, which then counts as loaded, not navigated to', async () => {
    const { user } = renderAt(
      '/',
      <>
        <Link to="/thu-tuc/khai-sinh">Khai sinh</Link>
        <Where />
      </>,
    );
    await user.click(screen.getByRole('link', { name: 'Khai sinh' }));
    expect(where()).toMatchObject({ pathname: '/thu-tuc/khai-sinh', navigated: true });

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });

    expect(where()).toMatchObject({ pathname: '/', navigated: false });
  });

  it('decodes route parameters and renders only the first matching route', () => {
    renderAt(
      '/ho-so/HS%2F0001',
      <Switch>
        <Route path="/ho-so/:dossierCode">
          <Dossier />
        </Route>
        <Route>
          <p>Không tìm thấy</p>
        </Route>
      </Switch>,
    );
    expect(screen.getByText('Hồ sơ HS/0001')).toBeInTheDocument();
    expect(screen.queryByText('Không tìm thấy')).not.toBeInTheDocument();
  });

  it('redirects once, replacing the entry the citizen cannot go back to', () => {
    const before = window.history.length;
    renderAt(
      '/bieu-mau/khai-sinh',
      <>
        <Route path="/bieu-mau/:formId">
          <Redirect to="/bieu-mau/khai-sinh/buoc/me" />
        </Route>
        <Where />
      </>,
    );
    expect(where()).toMatchObject({ pathname: '/bieu-mau/khai-sinh/buoc/me', navigated: true });
    expect(window.history.length).toBe(before);
  });

  it('builds each filter on the address as it is, even between renders', async () => {
    function Filters() {
      const [search, setSearch] = useSearchParams();
      const add = (name: string, value: string) =>
        setSearch(
          (current) => {
            current.set(name, value);
            return current;
          },
          { replace: true },
        );
      return (
        <>
          <button type="button" onClick={() => (add('q', 'khai sinh'), add('linh-vuc', 'ho-tich'))}>
            Lọc
          </button>
          <p>{search.get('q') ?? '—'}</p>
        </>
      );
    }
    const { user } = renderAt('/?co-quan=ubnd', <Filters />);

    await user.click(screen.getByRole('button', { name: 'Lọc' }));

    expect(new URLSearchParams(window.location.search).toString()).toBe('co-quan=ubnd&q=khai+sinh&linh-vuc=ho-tich');
    expect(screen.getByText('khai sinh')).toBeInTheDocument();
  });

  it('matches a path against a route pattern', () => {
    expect(matchPath('/bieu-mau/:formId/buoc/:pageId', '/bieu-mau/khai-sinh/buoc/me')).toMatchObject({ formId: 'khai-sinh', pageId: 'me' });
    expect(matchPath('/bieu-mau/:formId/*?', '/bieu-mau/khai-sinh')).toMatchObject({ formId: 'khai-sinh' });
    expect(matchPath('/bieu-mau/:formId/buoc/:pageId', '/bieu-mau/khai-sinh/kiem-tra')).toBeNull();
    expect(matchPath('/ho-so/:dossierCode', '/ho-so/HS%2F1')).toMatchObject({ dossierCode: 'HS/1' });
  });
});

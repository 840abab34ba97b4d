import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useLocation } from '@/lib/navigation';
import { RouteErrorBoundary } from './route-error';

function Page() {
  const { pathname } = useLocation();
  if (pathname === '/trang-hong') throw new Error('render failed');
  return <h1>Trang chủ</h1>;
}

describe('a page that fails to render', () => {
  it('shows a clear error with a way out, and the next page renders again', async () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/trang-hong');
    const user = userEvent.setup();
    render(
      <>
        <Link to="/">Trang chủ</Link>
        <RouteErrorBoundary>
          <Page />
        </RouteErrorBoundary>
      </>,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Đã có lỗi xảy ra');
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    expect(reported).toHaveBeenCalled();

    await user.click(screen.getByRole('link', { name: 'Trang chủ' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Trang chủ' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

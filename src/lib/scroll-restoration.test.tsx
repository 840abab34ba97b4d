import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route } from './navigation';
import { useScrollRestoration } from './scroll-restoration';

function Pages() {
  useScrollRestoration();
  return (
    <>
      <Link to="/thu-tuc/khai-sinh">Khai sinh</Link>
      <Link to="/ho-so/HS1#danh-gia">Đánh giá</Link>
      <Route path="/ho-so/:code">
        <h2 id="danh-gia">Đánh giá</h2>
      </Route>
    </>
  );
}

const scrolledTo = (y: number) => Object.defineProperty(window, 'scrollY', { value: y, configurable: true });

const back = () =>
  act(async () => {
    window.history.back();
    await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  });

describe('scroll restoration', () => {
  afterEach(() => scrolledTo(0));

  it('starts a new page at its top and returns to where the citizen was on Back', async () => {
    window.history.replaceState(null, '', '/');
    const scrollTo = vi.spyOn(window, 'scrollTo');
    const user = userEvent.setup();
    render(<Pages />);
    scrolledTo(640);

    await user.click(screen.getByRole('link', { name: 'Khai sinh' }));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    scrolledTo(0);
    await back();
    expect(window.location.pathname).toBe('/');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);
  });

  it('brings the element a #hash names into view', async () => {
    window.history.replaceState(null, '', '/');
    const intoView = vi.spyOn(Element.prototype, 'scrollIntoView');
    const user = userEvent.setup();
    render(<Pages />);

    await user.click(screen.getByRole('link', { name: 'Đánh giá' }));

    expect(intoView.mock.contexts.at(-1)).toBe(screen.getByRole('heading', { name: 'Đánh giá' }));
  });
});

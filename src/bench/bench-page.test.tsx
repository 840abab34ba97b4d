import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import BenchPage from './bench-page';

/** The page as bench.html mounts it: on its own, nothing of the app around it. */
function renderBench(search: string) {
  const user = userEvent.setup();
  return { user, ...render(<BenchPage search={search} />) };
}

describe('/bench', () => {
  it('renders N fields, then N errors on submitting the untouched form', async () => {
    window.__benchReady = undefined;
    const { user, container } = renderBench('?fields=20');
    await screen.findByRole('heading', { level: 1, name: /20 trường/ });
    expect(container.querySelectorAll('[data-field]')).toHaveLength(20);
    await waitFor(() => expect(window.__benchReady).toBe(true));
    expect(container.querySelector('[name="f0001"]')).toBeInstanceOf(HTMLInputElement);
    expect(container.querySelector('[name="f0020"]')).toBeInstanceOf(HTMLInputElement);
    expect(container.querySelectorAll('fieldset legend')[0]).toHaveTextContent('Phần 1. Thông tin người khai');

    await user.click(screen.getByRole('button', { name: 'Gửi hồ sơ' }));
    await waitFor(() => expect(container.querySelectorAll('[data-field-error]')).toHaveLength(20));
  });

  it('shows and requires the conditional field only while f0005 is "Khác"', async () => {
    const { user, container } = renderBench('?fields=10');
    const radios = await screen.findByRole('group', { name: '5. Giới tính' });
    expect(container.querySelector('[name="f0005_khac"]')).toBeNull();
    await user.click(within(radios).getByRole('radio', { name: 'Khác' }));
    expect(container.querySelectorAll('[data-field]')).toHaveLength(11);
    await user.click(screen.getByRole('button', { name: 'Gửi hồ sơ' }));
    await waitFor(() => expect(container.querySelectorAll('[data-field-error]')).toHaveLength(10));
  });
});

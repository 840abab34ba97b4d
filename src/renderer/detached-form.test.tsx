import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DetachedForm } from './detached-form';

function NameForm({ onSubmit, long = false }: { onSubmit(name: string): void; long?: boolean }) {
  const [name, setName] = useState('');
  return (
    <DetachedForm labelledBy="heading" className={long ? 'form--long' : undefined} onSubmit={() => onSubmit(name)}>
      <h1 id="heading">Đăng ký khai sinh</h1>
      <div className="form-group">
        <label htmlFor="name">Họ và tên</label>
        <input id="name" name="name" value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit">Tiếp tục</button>
    </DetachedForm>
  );
}

describe('DetachedForm', () => {
  it('is a form landmark named by its heading, holding what React renders into it', () => {
    render(<NameForm onSubmit={() => {}} />);
    const form = screen.getByRole('form', { name: 'Đăng ký khai sinh' });
    expect(form).toContainElement(screen.getByRole('textbox', { name: 'Họ và tên' }));
    expect(form).toHaveAttribute('novalidate');
  });

  it('submits with the answer typed, from the button and from Enter, without leaving the page', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const navigated: boolean[] = [];
    const watchNavigation = (event: Event) => navigated.push(!event.defaultPrevented);
    document.addEventListener('submit', watchNavigation);
    render(<NameForm onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), 'Nguyễn Văn An');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await user.type(screen.getByRole('textbox', { name: 'Họ và tên' }), '{Enter}');
    document.removeEventListener('submit', watchNavigation);
    expect(onSubmit.mock.calls).toEqual([['Nguyễn Văn An'], ['Nguyễn Văn An']]);
    expect(navigated).toEqual([false, false]);
  });

  it('puts the class on the element whose children are the questions, and takes it off', () => {
    const { rerender } = render(<NameForm onSubmit={() => {}} long />);
    const group = screen.getByText('Họ và tên').closest('.form-group');
    expect(group?.parentElement).toHaveClass('form--long');
    rerender(<NameForm onSubmit={() => {}} />);
    expect(group?.parentElement).not.toHaveAttribute('class');
  });

  it('keeps selection changes inside, and leaves the page with the component', () => {
    const heard = vi.fn();
    document.addEventListener('selectionchange', heard);
    const { unmount } = render(<NameForm onSubmit={() => {}} />);
    screen.getByRole('textbox').dispatchEvent(new Event('selectionchange', { bubbles: true }));
    expect(heard).not.toHaveBeenCalled();
    document.removeEventListener('selectionchange', heard);
    unmount();
    expect(document.querySelector('form')).toBeNull();
  });
});

import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FieldRendererProps } from '../field-definition';
import { isPreloadable, lazyRenderer } from './lazy-renderer';

type Props = FieldRendererProps<unknown, unknown>;
const props = { t: (key: string) => key } as unknown as Props;
const Address = () => <fieldset aria-label="Nơi đăng ký" />;

describe('lazyRenderer', () => {
  it('shows a status until its code arrives, then the field', async () => {
    const Renderer = lazyRenderer<unknown, unknown>(() => Promise.resolve(Address));
    render(<Renderer {...props} />);
    expect(screen.getByRole('status')).toHaveTextContent('common.loadingField');
    expect(await screen.findByRole('group', { name: 'Nơi đăng ký' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('draws a preloaded field on its first render, and fetches the code once', async () => {
    const load = vi.fn(() => Promise.resolve(Address));
    const Renderer = lazyRenderer<unknown, unknown>(load);
    expect(isPreloadable(Renderer)).toBe(true);
    await Renderer.preload();
    await Renderer.preload();
    render(<Renderer {...props} />);
    expect(screen.getByRole('group', { name: 'Nơi đăng ký' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed download again when the field is shown', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Address);
    const Renderer = lazyRenderer<unknown, unknown>(load);
    await expect(Renderer.preload()).rejects.toThrow('offline');
    render(<Renderer {...props} />);
    expect(await screen.findByRole('group', { name: 'Nơi đăng ký' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

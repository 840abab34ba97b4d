import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedForms } from '@mocks/data/forms';
import { renderApp } from '../utils/render-app';
import { signIn, signOut } from '../utils/sign-in';
import { axeViolations } from '../utils/axe';

describe('the procedure catalogue', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('lists every published procedure and finds one typed without diacritics', async () => {
    const { user } = renderApp('/');
    expect(await screen.findAllByRole('heading', { level: 2 }, { timeout: 4000 })).toHaveLength(seedForms.length);
    expect(screen.getByRole('status')).toHaveTextContent(`Tìm thấy ${seedForms.length} thủ tục`);

    await user.type(screen.getByRole('searchbox', { name: 'Tìm thủ tục' }), 'dang ky khai sinh');
    const entry = screen.getByRole('heading', { level: 2 }).closest('li');
    if (!entry) throw new Error('no catalogue entry');
    expect(within(entry).getByRole('link', { name: 'Đăng ký khai sinh' })).toHaveAttribute('href', '/thu-tuc/dang-ky-khai-sinh');
    expect(entry).toHaveTextContent('1.001193');
    expect(entry).toHaveTextContent('Ủy ban nhân dân cấp xã');
    expect(entry).toHaveTextContent('Miễn phí (0 đồng)');
    expect(entry).toHaveTextContent('1 ngày làm việc');
    expect(entry).toHaveTextContent('Toàn trình');
    // The filter lives in the URL: a reload or a shared link shows the same result
    expect(window.location.search).toBe('?q=dang+ky+khai+sinh');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('narrows by topic and says so when nothing matches, with a way back', async () => {
    const { user } = renderApp('/?q=khai+sinh');
    await screen.findByRole('link', { name: 'Đăng ký khai sinh' }, { timeout: 4000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lĩnh vực' }), 'Hộ tịch');
    expect(screen.getByRole('link', { name: 'Đăng ký khai sinh' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Tìm thủ tục' }));
    await user.type(screen.getByRole('searchbox', { name: 'Tìm thủ tục' }), 'khong co thu tuc nay');
    expect(screen.getByRole('status')).toHaveTextContent('Tìm thấy 0 thủ tục');
    await user.click(screen.getByRole('button', { name: 'Xóa điều kiện tìm kiếm' }));
    expect(screen.getByRole('searchbox', { name: 'Tìm thủ tục' })).toHaveValue('');
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(seedForms.length);
  });
});

describe('a procedure page', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('says what to prepare, what the state already holds, the fee, time and legal basis', async () => {
    renderApp('/thu-tuc/dang-ky-khai-sinh');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText('Văn bản ủy quyền')).toBeInTheDocument();
    expect(screen.getByText('Giấy chứng nhận kết hôn của cha mẹ — lấy từ CSDL hộ tịch điện tử')).toBeInTheDocument();
    expect(screen.getByText(/Luật Hộ tịch số 60\/2014\/QH13/)).toBeInTheDocument();
    expect(screen.getByText('Tài khoản định danh điện tử VNeID mức độ 2')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng nhập và bắt đầu' })).toHaveAttribute('href', '/bieu-mau/dang-ky-khai-sinh');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('tells a level-1 account it cannot start before it tries', async () => {
    await signIn('ba-xuan');
    renderApp('/thu-tuc/dang-ky-khai-sinh');
    expect(await screen.findByText(/yêu cầu tài khoản định danh điện tử mức độ 2/, {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /bắt đầu/i })).not.toBeInTheDocument();
  });

  it('is a clear not-found for an unknown procedure', async () => {
    renderApp('/thu-tuc/khong-ton-tai');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }, { timeout: 4000 })).toBeInTheDocument();
  });
});

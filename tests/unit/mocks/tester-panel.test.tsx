import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { populationPath } from '@/lib/api-contract/registries';
import { getWithToken, signInAs } from '@mocks/auth/test-sign-in';
import { setTokenLifetimeOverride } from '@mocks/auth/token-lifetime';
import { getSyntheticRegistry } from '@mocks/data/synthetic';
import { clearFaults } from '@mocks/faults';
import TesterPanel from '@mocks/tester-panel';
import { axeViolations } from '../../utils/axe';

const [persona] = getSyntheticRegistry().personas;
if (!persona) throw new Error('the synthetic population needs a persona');

afterEach(() => {
  clearFaults();
  setTokenLifetimeOverride(undefined);
});

describe('the tester panel', () => {
  it('is collapsed by default and opens to the switches', async () => {
    const user = userEvent.setup();
    const { container } = render(<TesterPanel />);
    const panel = screen.getByRole('complementary', { name: 'Bảng điều khiển kiểm thử' });
    expect(panel.querySelector('details')).not.toHaveAttribute('open');
    await user.click(screen.getByText('Bảng điều khiển kiểm thử'));
    expect(screen.getByRole('combobox', { name: 'Dân cư' })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('takes a system down, and the registry answers 503 until it is reset', async () => {
    const user = userEvent.setup();
    render(<TesterPanel />);
    const { accessToken } = await signInAs(persona.id);
    await user.click(screen.getByText('Bảng điều khiển kiểm thử'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dân cư' }), 'Lỗi (503)');
    expect(screen.getByText(/Đang bật: 1/)).toBeInTheDocument();
    expect((await getWithToken(populationPath, accessToken)).status).toBe(503);
    await user.click(screen.getByRole('button', { name: 'Đặt lại tất cả' }));
    expect(screen.getByRole('combobox', { name: 'Dân cư' })).toHaveValue('none');
    expect((await getWithToken(populationPath, accessToken)).status).toBe(200);
  });

  it('shortens the next sessions for expiry tests', async () => {
    const user = userEvent.setup();
    render(<TesterPanel />);
    await user.click(screen.getByText('Bảng điều khiển kiểm thử'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Thời hạn phiên đăng nhập' }), '30 giây');
    expect((await signInAs(persona.id)).expiresIn).toBe(30);
  });
});

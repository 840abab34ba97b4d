import { parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults the API to "api" under the base path, without a trailing slash', () => {
    // given a build served from a sub-path
    const env = parseEnv({ BASE_URL: '/bieu-mau/', DEV: false, MODE: 'production' });
    // then
    expect(env.apiBaseUrl).toBe('/bieu-mau/api');
    expect(env.mocksEnabled).toBe(false);
  });

  it('uses VITE_API_BASE_URL when set, trailing slashes removed', () => {
    const env = parseEnv({ BASE_URL: '/', DEV: false, VITE_API_BASE_URL: 'https://dvc.example.vn/api/' });
    expect(env.apiBaseUrl).toBe('https://dvc.example.vn/api');
  });

  it('enables the mocks in development or when VITE_ENABLE_MSW is "true"', () => {
    expect(parseEnv({ BASE_URL: '/', DEV: true }).mocksEnabled).toBe(true);
    expect(parseEnv({ BASE_URL: '/', DEV: false, VITE_ENABLE_MSW: 'true' }).mocksEnabled).toBe(true);
    expect(parseEnv({ BASE_URL: '/', DEV: false, VITE_ENABLE_MSW: 'false' }).mocksEnabled).toBe(false);
  });
});

import { maskPersonalId } from './mask-id';
import { readProviderRequest } from './provider-request';
import { isAllowedRedirectUri } from './redirect-uri';

const portal = 'https://dichvucong.example.vn';

describe('readProviderRequest', () => {
  const query = (params: Record<string, string>) => new URLSearchParams(params);

  it('reads the client, the redirect URI and the state', () => {
    const request = readProviderRequest(
      query({ client_id: 'dvc', redirect_uri: `${portal}/dang-nhap/callback`, state: '0123456789abcdef' }),
      portal,
    );
    expect(request).toEqual({ clientId: 'dvc', redirectUri: `${portal}/dang-nhap/callback`, state: '0123456789abcdef' });
  });

  it('refuses a missing part, a short state or a redirect off the portal', () => {
    const good = { client_id: 'dvc', redirect_uri: `${portal}/cb`, state: '0123456789abcdef' };
    for (const bad of [
      { ...good, client_id: '' },
      { ...good, state: 'abc' },
      { ...good, redirect_uri: 'https://evil.example/cb' },
      { ...good, redirect_uri: 'javascript:alert(1)' },
      { client_id: 'dvc', state: good.state },
    ]) {
      expect(readProviderRequest(query(bad), portal)).toBeUndefined();
    }
  });
});

describe('isAllowedRedirectUri', () => {
  it('allows only http(s) URLs of the portal origin', () => {
    expect(isAllowedRedirectUri(`${portal}/dang-nhap/callback?x=1`, portal)).toBe(true);
    expect(isAllowedRedirectUri(`${portal}.evil.example/cb`, portal)).toBe(false);
    expect(isAllowedRedirectUri('data:text/html,hi', portal)).toBe(false);
    expect(isAllowedRedirectUri('/dang-nhap/callback', portal)).toBe(false);
  });
});

describe('maskPersonalId', () => {
  it('shows the first four and last three digits', () => {
    expect(maskPersonalId('001190012345')).toEqual({ masked: '0011•••••345', first: '0011', last: '345' });
  });
});

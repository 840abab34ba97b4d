import { resolveApiUrl } from '@/lib/api-client';
import { apiErrorBodySchema } from '@/lib/api-contract/errors';
import {
  authorizePath,
  authorizeResponseSchema,
  logoutPath,
  personaListSchema,
  personasPath,
  tokenPath,
  tokenResponseSchema,
  userInfoPath,
  userInfoSchema,
} from '@/lib/api-contract/identity';
import { getSyntheticRegistry } from '../data/synthetic';
import { defaultTokenLifetimeSeconds, setTokenLifetimeOverride } from '../auth/token-lifetime';
import { authorizeCode, authorizeRequest, getWithToken, signInAs, testState, tokenRequest } from '../auth/test-sign-in';

const registry = getSyntheticRegistry();
const [persona, otherPersona] = registry.personas;
if (!persona || !otherPersona) throw new Error('the synthetic population needs at least two personas');

const errorCode = async (response: Response) => apiErrorBodySchema.parse(await response.json()).code;

afterEach(() => {
  setTokenLifetimeOverride(undefined);
  vi.useRealTimers();
});

describe('GET /auth/personas', () => {
  it('lists the test accounts with their registry names, IDs, levels and stories', async () => {
    const { personas } = personaListSchema.parse(await (await fetch(resolveApiUrl(personasPath))).json());
    expect(personas).toHaveLength(registry.personas.length);
    expect(personas[0]).toEqual({
      id: persona.id,
      hoVaTen: registry.person(persona.soDinhDanh)?.hoTen,
      soDinhDanh: persona.soDinhDanh,
      ial: persona.ial,
      story: persona.story,
    });
  });
});

describe('OAuth 2.0 code flow', () => {
  it('signs a persona in: code → bearer token → their claims from the registry', async () => {
    // when the citizen picks a persona on the provider's page
    const authorized = await authorizeRequest(persona.id);
    expect(authorized.status).toBe(200);
    const { code, state } = authorizeResponseSchema.parse(await authorized.json());
    expect(state).toBe(testState);
    // and the portal exchanges the code
    const tokenResponse = await tokenRequest(code);
    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('Cache-Control')).toBe('no-store');
    const token = tokenResponseSchema.parse(await tokenResponse.json());
    expect(token).toMatchObject({ tokenType: 'Bearer', expiresIn: defaultTokenLifetimeSeconds });
    expect(token.accessToken.length).toBeGreaterThanOrEqual(48);
    // then user info returns the persona's claims
    const info = await getWithToken(userInfoPath, token.accessToken);
    expect(info.status).toBe(200);
    const claims = userInfoSchema.parse(await info.json());
    const person = registry.person(persona.soDinhDanh);
    expect(claims).toMatchObject({
      sub: persona.id,
      soDinhDanh: persona.soDinhDanh,
      hoVaTen: person?.hoTen,
      ngayThangNamSinh: person?.ngaySinh,
      gioiTinh: person?.gioiTinh,
      ial: persona.ial,
      roles: persona.roles,
      ...registry.contact(persona.soDinhDanh),
    });
  });

  it('issues a different token for every sign-in', async () => {
    const first = await signInAs(persona.id);
    const second = await signInAs(persona.id);
    expect(first.accessToken).not.toBe(second.accessToken);
  });

  it('accepts a code once: a replay is invalid_grant and revokes the token it gave', async () => {
    const code = await authorizeCode(persona.id);
    const { accessToken } = tokenResponseSchema.parse(await (await tokenRequest(code)).json());
    const replay = await tokenRequest(code);
    expect(replay.status).toBe(400);
    expect(await errorCode(replay)).toBe('invalid_grant');
    expect((await getWithToken(userInfoPath, accessToken)).status).toBe(401);
  });

  it('refuses a code presented with another redirect URI, an unknown code and an expired one', async () => {
    const code = await authorizeCode(persona.id);
    const elsewhere = await tokenRequest(code, `${location.origin}/khac`);
    expect([elsewhere.status, await errorCode(elsewhere)]).toEqual([400, 'invalid_grant']);
    const unknown = await tokenRequest('x'.repeat(43));
    expect([unknown.status, await errorCode(unknown)]).toEqual([400, 'invalid_grant']);
    // a code waits 60 s at most
    const late = await authorizeCode(persona.id);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    const expired = await tokenRequest(late);
    expect([expired.status, await errorCode(expired)]).toEqual([400, 'invalid_grant']);
  });

  it('refuses to sign in an unknown persona or to return to another site', async () => {
    const unknown = await authorizeRequest('khong-co-ai');
    expect([unknown.status, await errorCode(unknown)]).toEqual([400, 'unknown-persona']);
    for (const redirectUri of ['https://evil.example/cb', 'javascript:alert(1)', '/dang-nhap/callback']) {
      const refused = await authorizeRequest(persona.id, redirectUri);
      expect([refused.status, await errorCode(refused)]).toEqual([400, 'invalid-redirect-uri']);
    }
  });

  it('rejects requests outside the contract with 400', async () => {
    const badToken = await fetch(resolveApiUrl(tokenPath), { method: 'POST', body: JSON.stringify({ code: 'abc' }) });
    expect([badToken.status, await errorCode(badToken)]).toEqual([400, 'invalid_request']);
    const badAuthorize = await fetch(resolveApiUrl(authorizePath), { method: 'POST', body: 'not json' });
    expect([badAuthorize.status, await errorCode(badAuthorize)]).toEqual([400, 'invalid-json']);
  });

  it('gives tokens the tester-set lifetime, and refuses them once it has passed', async () => {
    setTokenLifetimeOverride(30);
    const token = await signInAs(otherPersona.id);
    expect(token.expiresIn).toBe(30);
    expect((await getWithToken(userInfoPath, token.accessToken)).status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    const expired = await getWithToken(userInfoPath, token.accessToken);
    expect([expired.status, await errorCode(expired)]).toEqual([401, 'unauthenticated']);
  });

  it('revokes the token on logout', async () => {
    const { accessToken } = await signInAs(persona.id);
    const logout = await fetch(resolveApiUrl(logoutPath), { method: 'POST', headers: { Authorization: `Bearer ${accessToken}` } });
    expect(logout.status).toBe(204);
    expect((await getWithToken(userInfoPath, accessToken)).status).toBe(401);
  });
});

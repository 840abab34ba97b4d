import { getSyntheticRegistry } from '../data/synthetic';
import { requireCitizen } from './require-citizen';
import { signInAs } from './test-sign-in';
import { revokeToken } from './tokens';

const [persona] = getSyntheticRegistry().personas;
if (!persona) throw new Error('the synthetic population needs a persona');

const requestWith = (authorization?: string) =>
  new Request('http://localhost/api/dan-cu/cong-dan/me', authorization ? { headers: { Authorization: authorization } } : {});

async function refusal(request: Request, now?: number) {
  const check = await requireCitizen(request, now);
  if (check.ok) throw new Error('expected a refusal');
  return { status: check.response.status, body: (await check.response.json()) as unknown };
}

describe('requireCitizen', () => {
  it('returns the persona, số định danh and issue time a live token was issued with', async () => {
    const { accessToken, issuedAt } = await signInAs(persona.id);
    const check = await requireCitizen(requestWith(`Bearer ${accessToken}`));
    expect(check.ok && check.citizen).toEqual({ personaId: persona.id, soDinhDanh: persona.soDinhDanh, accessToken, issuedAt: Date.parse(issuedAt) });
  });

  it('refuses a request without a bearer token with 401 unauthenticated', async () => {
    for (const request of [requestWith(), requestWith('Basic YTpi'), requestWith('Bearer')]) {
      expect(await refusal(request)).toEqual({ status: 401, body: expect.objectContaining({ code: 'unauthenticated' }) });
    }
  });

  it('refuses an unknown, a revoked and an expired token with 401 unauthenticated', async () => {
    const unknown = await refusal(requestWith('Bearer 0123456789abcdef0123456789abcdef0123456789abcdef'));
    expect(unknown.status).toBe(401);

    const revoked = await signInAs(persona.id);
    await revokeToken(revoked.accessToken);
    expect((await refusal(requestWith(`Bearer ${revoked.accessToken}`))).status).toBe(401);

    const expiring = await signInAs(persona.id);
    const justAfterExpiry = Date.parse(expiring.issuedAt) + expiring.expiresIn * 1000 + 1000;
    expect(await refusal(requestWith(`Bearer ${expiring.accessToken}`), justAfterExpiry)).toEqual({
      status: 401,
      body: expect.objectContaining({ code: 'unauthenticated' }),
    });
  });
});

import { drivingLicenceListSchema, drivingLicencesPath } from '@/lib/api-contract/driving-licences';
import { getSyntheticRegistry } from '../data/synthetic';
import { getWithToken, signInAs } from '../auth/test-sign-in';

const registry = getSyntheticRegistry();
const personaId = (id: string): string => {
  const persona = registry.personas.find((candidate) => candidate.id === id);
  if (!persona) throw new Error(`no persona ${id}`);
  return persona.soDinhDanh;
};

describe(`GET ${drivingLicencesPath}`, () => {
  it('gives a driver their own licences, valid against the contract', async () => {
    const hung = personaId('anh-hung');
    const response = await getWithToken(drivingLicencesPath, (await signInAs('anh-hung')).accessToken);
    expect(response.status).toBe(200);
    const body = drivingLicenceListSchema.parse(await response.json());
    expect(body.items.length).toBeGreaterThan(0);
    expect(body).toEqual({ items: registry.drivingLicencesOf(hung) });
  });

  it('never lists anyone else’s licence: each citizen sees only those with their own số định danh', async () => {
    for (const persona of ['anh-hung', 'chi-lan', 'chu-tam']) {
      const response = await getWithToken(drivingLicencesPath, (await signInAs(persona)).accessToken);
      const { items } = drivingLicenceListSchema.parse(await response.json());
      expect(items.map((licence) => licence.soDinhDanh)).toEqual(items.map(() => personaId(persona)));
    }
  });

  it('answers 401 without a token', async () => {
    expect((await getWithToken(drivingLicencesPath, undefined)).status).toBe(401);
  });
});

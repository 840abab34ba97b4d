import type { z } from '@/lib/zod';
import { apiErrorBodySchema } from '@/lib/api-contract/errors';
import {
  birthCertificatePath,
  birthCertificateSchema,
  birthRegistrationPath,
  birthRegistrationSchema,
  businessesPath,
  businessListSchema,
  insurancePath,
  insuranceRecordSchema,
  marriagePath,
  marriageRecordSchema,
  parcelListSchema,
  parcelsPath,
} from '@/lib/api-contract/registries';
import { getSyntheticRegistry, type Persona } from '../data/synthetic';
import { generateSyntheticData } from '../data/synthetic/generate';
import { getWithToken, signInAs, signInAsCitizen } from '../auth/test-sign-in';

const registry = getSyntheticRegistry();

interface RecordEndpoint {
  name: string;
  path: string;
  schema: z.ZodMiniType;
  /** What the registry holds for the citizen (undefined or an empty list: nothing). */
  expected: (soDinhDanh: string) => unknown;
}

/** The "/me" records that answer 404 when the registry holds none. */
const records: RecordEndpoint[] = [
  { name: 'marriage (ho-tich)', path: marriagePath, schema: marriageRecordSchema, expected: (id) => registry.marriageOf(id) },
  { name: 'birth registration (ho-tich)', path: birthRegistrationPath, schema: birthRegistrationSchema, expected: (id) => registry.birthRegistrationOf(id) },
  { name: 'birth certificate (y-te)', path: birthCertificatePath, schema: birthCertificateSchema, expected: (id) => registry.birthCertificateFor(id) },
  { name: 'social insurance (bhxh)', path: insurancePath, schema: insuranceRecordSchema, expected: (id) => registry.insuranceOf(id) },
];
/** The lists, `{ items }`, empty when the registry holds none. */
const lists: RecordEndpoint[] = [
  { name: 'businesses (dkkd)', path: businessesPath, schema: businessListSchema, expected: (id) => registry.businessesOf(id) },
  { name: 'land parcels (dat-dai)', path: parcelsPath, schema: parcelListSchema, expected: (id) => registry.parcelsOf(id) },
];

const holding = (endpoint: RecordEndpoint, holds: boolean): Persona | undefined =>
  registry.personas.find((persona) => {
    const found = endpoint.expected(persona.soDinhDanh);
    return holds === (Array.isArray(found) ? found.length > 0 : found !== undefined);
  });

describe.each(records)('GET $path — $name', ({ path, schema, expected, ...endpoint }) => {
  it('returns the citizen’s own record, valid against the contract', async () => {
    const persona = holding({ path, schema, expected, ...endpoint }, true);
    if (!persona) throw new Error(`no persona holds a ${endpoint.name}`);
    const response = await getWithToken(path, (await signInAs(persona.id)).accessToken);
    expect(response.status).toBe(200);
    expect(schema.parse(await response.json())).toEqual(expected(persona.soDinhDanh));
  });

  it('answers 404 not-found when the registry holds none for the citizen', async () => {
    const persona = holding({ path, schema, expected, ...endpoint }, false);
    if (!persona) return; // every persona holds one: nothing to show here
    const response = await getWithToken(path, (await signInAs(persona.id)).accessToken);
    expect([response.status, apiErrorBodySchema.parse(await response.json()).code]).toEqual([404, 'not-found']);
  });

  it('answers 401 without a token', async () => {
    expect((await getWithToken(path, undefined)).status).toBe(401);
  });
});

describe.each(lists)('GET $path — $name', (endpoint) => {
  it('lists the citizen’s own items, valid against the contract (empty when none)', async () => {
    for (const holds of [true, false]) {
      const persona = holding(endpoint, holds);
      if (!persona) continue;
      const response = await getWithToken(endpoint.path, (await signInAs(persona.id)).accessToken);
      expect(response.status).toBe(200);
      expect(endpoint.schema.parse(await response.json())).toEqual({ items: endpoint.expected(persona.soDinhDanh) });
    }
  });

  it('answers 401 without a token', async () => {
    expect((await getWithToken(endpoint.path, undefined)).status).toBe(401);
  });
});

it('has personas holding every kind of record, so the tests above are not vacuous', () => {
  for (const endpoint of [...records, ...lists]) expect(holding(endpoint, true), endpoint.name).toBeDefined();
});

describe(`GET ${birthRegistrationPath} — a citizen without a birth record`, () => {
  it('answers 404 not-found for someone whose birth the electronic database does not hold', async () => {
    // Every persona has one: sign in as one of the few citizens without (this year's population, as the handler's)
    const unrecorded = generateSyntheticData(new Date()).population.citizens.find((p) => registry.birthRegistrationOf(p.id) === undefined);
    if (!unrecorded) throw new Error('every citizen has a birth record: nothing answers 404');
    expect(registry.person(unrecorded.id)).toBeDefined();
    const response = await getWithToken(birthRegistrationPath, (await signInAsCitizen(unrecorded.id)).accessToken);
    expect([response.status, apiErrorBodySchema.parse(await response.json()).code]).toEqual([404, 'not-found']);
  });
});

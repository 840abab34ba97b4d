import { z } from '@/lib/zod';
import { apiErrorBodySchema } from '@/lib/api-contract/errors';
import {
  consentHeader,
  populationPath,
  populationRecordSchema,
  relatedPersonPath,
  relatedPersonSchema,
} from '@/lib/api-contract/registries';
import { getSyntheticRegistry } from '../data/synthetic';
import { getWithToken, signInAs } from '../auth/test-sign-in';

const registry = getSyntheticRegistry();

/** A persona whose spouse the population database knows, with that spouse's number. */
const married = registry.personas
  .map((persona) => ({ persona, spouse: registry.person(persona.soDinhDanh)?.voChong?.soDinhDanh }))
  .find(({ persona, spouse }) => spouse !== undefined && registry.relatedPerson(persona.soDinhDanh, spouse) !== undefined);
if (!married?.spouse) throw new Error('the synthetic population needs a persona with a spouse');
const { persona, spouse } = married;
/** Someone in the population who is nothing to the persona. */
const stranger = registry.personas.find(
  (other) => other.soDinhDanh !== persona.soDinhDanh && !registry.relatedPerson(persona.soDinhDanh, other.soDinhDanh),
);
if (!stranger) throw new Error('the synthetic population needs a persona unrelated to the married one');

const errorOf = async (response: Response) => [response.status, apiErrorBodySchema.parse(await response.json()).code];
const consent = { headers: { [consentHeader]: 'granted' } };

describe('GET /dan-cu/cong-dan/:id', () => {
  it('returns the signed-in citizen their own record, at /me and at their own number', async () => {
    const { accessToken } = await signInAs(persona.id);
    const me = await getWithToken(populationPath, accessToken);
    expect(me.status).toBe(200);
    const record = populationRecordSchema.parse(await me.json());
    expect(record).toEqual(registry.person(persona.soDinhDanh));
    const byNumber = await getWithToken(`/dan-cu/cong-dan/${persona.soDinhDanh}`, accessToken);
    expect(populationRecordSchema.parse(await byNumber.json())).toEqual(record);
  });

  it("refuses someone else's record with 403 forbidden, and a malformed number with 400", async () => {
    const { accessToken } = await signInAs(persona.id);
    expect(await errorOf(await getWithToken(`/dan-cu/cong-dan/${spouse}`, accessToken))).toEqual([403, 'forbidden']);
    expect(await errorOf(await getWithToken('/dan-cu/cong-dan/12345', accessToken))).toEqual([400, 'invalid-id']);
  });

  it('answers 401 without a token, with an unknown one or a malformed header', async () => {
    expect(await errorOf(await getWithToken(populationPath, undefined))).toEqual([401, 'unauthenticated']);
    const unknown = await getWithToken(populationPath, 'khong-phai-token-that-0123456789abcdef');
    expect(unknown.headers.get('WWW-Authenticate')).toContain('invalid_token');
    expect(await errorOf(unknown)).toEqual([401, 'unauthenticated']);
    const basic = await getWithToken(populationPath, undefined, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    expect(await errorOf(basic)).toEqual([401, 'unauthenticated']);
  });
});

describe('GET /dan-cu/nguoi-lien-quan/:id', () => {
  it('refuses without the citizen’s consent: 403 consent-required', async () => {
    const { accessToken } = await signInAs(persona.id);
    expect(await errorOf(await getWithToken(relatedPersonPath(spouse), accessToken))).toEqual([403, 'consent-required']);
    const denied = await getWithToken(relatedPersonPath(spouse), accessToken, { headers: { [consentHeader]: 'denied' } });
    expect(await errorOf(denied)).toEqual([403, 'consent-required']);
  });

  it('refuses someone unrelated even with consent: 403 not-related', async () => {
    const { accessToken } = await signInAs(persona.id);
    const response = await getWithToken(relatedPersonPath(stranger.soDinhDanh), accessToken, consent);
    expect(await errorOf(response)).toEqual([403, 'not-related']);
  });

  it('gives the spouse’s minimal data, with consent, and nothing more', async () => {
    const { accessToken } = await signInAs(persona.id);
    const response = await getWithToken(relatedPersonPath(spouse), accessToken, consent);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(z.strictObject(relatedPersonSchema.shape).parse(body)).toMatchObject({ soDinhDanh: spouse, quanHe: 'voChong' });
    expect(Object.keys(body).sort()).toEqual(Object.keys(relatedPersonSchema.shape).sort());
    for (const privateField of ['thuongTru', 'tonGiao', 'queQuan', 'chuHo', 'tinhTrangHonNhan']) {
      expect(body).not.toHaveProperty(privateField);
    }
  });

  it('answers 400 for a malformed number and 401 without a token', async () => {
    const { accessToken } = await signInAs(persona.id);
    expect(await errorOf(await getWithToken(relatedPersonPath('0011abc'), accessToken, consent))).toEqual([400, 'invalid-id']);
    expect(await errorOf(await getWithToken(relatedPersonPath(spouse), undefined, consent))).toEqual([401, 'unauthenticated']);
  });
});

describe('GET /dan-cu/nguoi-lien-quan/:id — someone who agreed in VNeID to share with the citizen', () => {
  const khoa = registry.personas.find((p) => p.id === 'anh-khoa');
  const [consentToKhoa] = khoa ? registry.sharingConsentsTo(khoa.soDinhDanh) : [];
  if (!khoa || !consentToKhoa) throw new Error('anh-khoa needs a fiancée who agreed to share with him');
  const fiancee = consentToKhoa.nguoiChiaSe;

  it('gives anh-khoa his fiancée’s minimal data, with consent, though the registry ties them in no way', async () => {
    expect(registry.relatedPerson(khoa.soDinhDanh, fiancee)).toBeUndefined();
    const { accessToken } = await signInAs('anh-khoa');
    const response = await getWithToken(relatedPersonPath(fiancee), accessToken, consent);
    expect(response.status).toBe(200);
    expect(z.strictObject(relatedPersonSchema.shape).parse(await response.json())).toMatchObject({
      soDinhDanh: fiancee, hoTen: registry.person(fiancee)?.hoTen, quanHe: 'khac',
    });
  });

  it('still needs the citizen’s own consent header for her: 403 consent-required', async () => {
    const { accessToken } = await signInAs('anh-khoa');
    expect(await errorOf(await getWithToken(relatedPersonPath(fiancee), accessToken))).toEqual([403, 'consent-required']);
  });

  it('opens her record to nobody else, and no other stranger to him: 403 not-related', async () => {
    const other = await signInAs(persona.id);
    expect(await errorOf(await getWithToken(relatedPersonPath(fiancee), other.accessToken, consent))).toEqual([403, 'not-related']);
    const { accessToken } = await signInAs('anh-khoa');
    const purpose = { headers: { ...consent.headers, 'X-Consent-Purpose': 'ket-hon' } };
    const nobody = registry.personas.find((p) => p.id !== khoa.id && !registry.relatedPerson(khoa.soDinhDanh, p.soDinhDanh));
    const unrelated = await getWithToken(relatedPersonPath(nobody?.soDinhDanh ?? ''), accessToken, purpose);
    expect(await errorOf(unrelated)).toEqual([403, 'not-related']);
  });
});

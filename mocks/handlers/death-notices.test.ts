import { z } from '@/lib/zod';
import { apiErrorBodySchema } from '@/lib/api-contract/errors';
import { deathNoticeOfPath, deathNoticePath, deathNoticeSchema } from '@/lib/api-contract/registries';
import { clearFaults, setFault } from '../faults';
import { getSyntheticRegistry } from '../data/synthetic';
import { getWithToken, signInAs } from '../auth/test-sign-in';

const registry = getSyntheticRegistry();
const soDinhDanhOf = (id: string) => registry.personas.find((p) => p.id === id)?.soDinhDanh ?? '';
const hung = registry.person(soDinhDanhOf('anh-hung'));
/** anh-hung's parent, whose death the hospital notified. */
const parent = (hung?.cha ?? hung?.me)?.soDinhDanh ?? '';
/** Someone else who died: nobody to anh-hung. */
const stranger = registry.deathNotices.find((n) => n.nguoiChet.soDinhDanh !== parent)?.nguoiChet.soDinhDanh ?? '';

const errorOf = async (response: Response) => [response.status, apiErrorBodySchema.parse(await response.json()).code];

describe('GET /y-te/giay-bao-tu — electronic death notices, for the relatives only', () => {
  afterEach(() => clearFaults());

  it('gives anh-hung the notice of his parent’s death, saying who the deceased was to him', async () => {
    const { accessToken } = await signInAs('anh-hung');
    const response = await getWithToken(deathNoticePath, accessToken);
    expect(response.status).toBe(200);
    const notice = z.strictObject(deathNoticeSchema.shape).parse(await response.json());
    expect(notice).toEqual({ ...registry.deathNoticeOf(parent), quanHe: hung?.cha ? 'cha' : 'me' });
    const byNumber = await getWithToken(deathNoticeOfPath(parent), accessToken);
    expect(deathNoticeSchema.parse(await byNumber.json())).toEqual(notice);
  });

  it('answers 404 to a citizen none of whose relatives died', async () => {
    const { accessToken } = await signInAs('anh-khoa');
    expect(await errorOf(await getWithToken(deathNoticePath, accessToken))).toEqual([404, 'not-found']);
  });

  it('refuses anyone but a close relative of the deceased: 403 not-related, also to the daughter-in-law', async () => {
    const { accessToken } = await signInAs('anh-hung');
    expect(stranger).not.toBe('');
    expect(await errorOf(await getWithToken(deathNoticeOfPath(stranger), accessToken))).toEqual([403, 'not-related']);
    const lan = await signInAs('chi-lan');
    expect(await errorOf(await getWithToken(deathNoticeOfPath(parent), lan.accessToken))).toEqual([403, 'not-related']);
  });

  it('answers 404 for a relative with no notice, 400 for a malformed number, 401 without a token, 503 when down', async () => {
    const { accessToken } = await signInAs('anh-khoa');
    const khoaFather = registry.person(soDinhDanhOf('anh-khoa'))?.cha?.soDinhDanh ?? '';
    expect(await errorOf(await getWithToken(deathNoticeOfPath(khoaFather), accessToken))).toEqual([404, 'not-found']);
    expect(await errorOf(await getWithToken(deathNoticeOfPath('12ab'), accessToken))).toEqual([400, 'invalid-id']);
    expect(await errorOf(await getWithToken(deathNoticePath, undefined))).toEqual([401, 'unauthenticated']);
    setFault('y-te', 'error');
    expect((await getWithToken(deathNoticePath, accessToken)).status).toBe(503);
  });
});

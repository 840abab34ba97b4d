import { resolveApiUrl } from '@/lib/api-client';
import { personasPath, userInfoPath } from '@/lib/api-contract/identity';
import {
  birthCertificatePath,
  birthRegistrationPath,
  businessesPath,
  insurancePath,
  marriagePath,
  parcelsPath,
  populationPath,
} from '@/lib/api-contract/registries';
import { getSyntheticRegistry } from '../data/synthetic';
import { getWithToken, signInAs } from '../auth/test-sign-in';
import { clearFaults, setFault, slowFaultMs, type FaultSource } from '../faults';

const [persona] = getSyntheticRegistry().personas;
if (!persona) throw new Error('the synthetic population needs a persona');

/**
 * One endpoint of each system, and both of ho-tich's (its one switch takes the two down); `vneid`
 * is the identity provider itself.
 */
const endpoints: { source: FaultSource; path: string }[] = [
  { source: 'dan-cu', path: populationPath },
  { source: 'ho-tich', path: marriagePath },
  { source: 'ho-tich', path: birthRegistrationPath },
  { source: 'y-te', path: birthCertificatePath },
  { source: 'bhxh', path: insurancePath },
  { source: 'dkkd', path: businessesPath },
  { source: 'dat-dai', path: parcelsPath },
  { source: 'vneid', path: userInfoPath },
];

/** Resolves to the response, or to "aborted" when nothing came back within `ms` (real time). */
async function within(ms: number, request: (signal: AbortSignal) => Promise<Response>): Promise<Response | 'aborted'> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await request(controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return 'aborted';
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

afterEach(() => {
  clearFaults();
  vi.useRealTimers();
});

describe.each(endpoints)('faults of $source ($path)', ({ source, path }) => {
  it('answers 503 service-unavailable, with Retry-After, when switched to error', async () => {
    const { accessToken } = await signInAs(persona.id);
    setFault(source, 'error');
    const response = await getWithToken(path, accessToken);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(await response.json()).toMatchObject({ code: 'service-unavailable' });
  });

  it('never answers when switched to timeout (the client gives up)', async () => {
    const { accessToken } = await signInAs(persona.id);
    setFault(source, 'timeout');
    expect(await within(100, (signal) => getWithToken(path, accessToken, { signal }))).toBe('aborted');
  });

  it(`answers only after ${slowFaultMs / 1000} s when switched to slow`, async () => {
    const { accessToken } = await signInAs(persona.id);
    setFault(source, 'slow');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled = false;
    const pending = getWithToken(path, accessToken).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(slowFaultMs - 100);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect((await pending).status).not.toBe(503);
    expect(settled).toBe(true);
  });

  it('answers normally again once the fault is cleared', async () => {
    const { accessToken } = await signInAs(persona.id);
    setFault(source, 'error');
    clearFaults();
    expect([200, 404]).toContain((await getWithToken(path, accessToken)).status);
  });
});

it('takes the identity provider’s own pages down with vneid, not the registries', async () => {
  const { accessToken } = await signInAs(persona.id);
  setFault('vneid', 'error');
  expect((await fetch(resolveApiUrl(personasPath))).status).toBe(503);
  expect((await getWithToken(populationPath, accessToken)).status).toBe(200);
});

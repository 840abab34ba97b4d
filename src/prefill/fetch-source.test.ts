import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearFaults, setFault } from '@mocks/faults';
import { personaRecord } from '@tests/utils/personas';
import { signIn, signOut } from '@tests/utils/sign-in';
import { isApiError } from '@/lib/api-client';
import { findSource } from './catalog/catalog';
import { fetchSourceRecord, PrefillTimeoutError } from './fetch-source';

const source = (id: string) => {
  const found = findSource(id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
};

describe('fetchSourceRecord', () => {
  beforeEach(() => signIn('chi-lan'));
  afterEach(() => {
    vi.useRealTimers();
    clearFaults();
    signOut();
  });

  it('reads the citizen’s own record, checked against the contract', async () => {
    const record = await fetchSourceRecord(source('dan-cu'));
    expect(source('dan-cu').attributes.find((a) => a.id === 'quocTich')?.read(record)).toBe('VN');
  });

  it('gives null when the database holds nothing for the citizen (404), so nothing is filled', async () => {
    await signIn('anh-khoa');
    await expect(fetchSourceRecord(source('y-te'))).resolves.toBeNull();
  });

  it('gives up on a database that does not answer within the time allowed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    setFault('ho-tich', 'timeout');
    const pending = fetchSourceRecord(source('ho-tich'), { timeoutMs: 5000 });
    const outcome = expect(pending).rejects.toBeInstanceOf(PrefillTimeoutError);
    await vi.advanceTimersByTimeAsync(5000);
    await outcome;
  });

  it('reports a database that is down as the API error it is', async () => {
    setFault('y-te', 'error');
    const error: unknown = await fetchSourceRecord(source('y-te')).catch((caught: unknown) => caught);
    expect(isApiError(error) && error.status).toBe(503);
  });

  it('asks for a related person with consent, and is refused someone unrelated', async () => {
    const related = source('dan-cu-lien-quan');
    const hung = personaRecord('anh-hung');
    const husband = await fetchSourceRecord(related, { personId: hung.soDinhDanh });
    expect(related.attributes.find((a) => a.id === 'hoTen')?.read(husband)).toBe(hung.hoTen);
    const stranger = personaRecord('co-phuong').soDinhDanh;
    const error: unknown = await fetchSourceRecord(related, { personId: stranger }).catch((caught: unknown) => caught);
    expect(isApiError(error) && [error.status, error.code]).toEqual([403, 'not-related']);
  });
});

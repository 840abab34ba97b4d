import { describe, expect, it } from 'vitest';
import { userInfoPath } from '@/lib/api-contract/identity';
import { getWithToken } from '@mocks/auth/test-sign-in';
import { signIn } from '@tests/utils/sign-in';
import { currentSession } from './session-store';
import { signOut } from './sign-in-flow';

describe('signing out', () => {
  it('forgets the session on this device at once, then revokes its token at the provider', async () => {
    const { accessToken } = await signIn('chi-lan');
    const leaving = signOut();
    // A page loaded while the revocation is in flight already sees nobody signed in.
    expect(currentSession()).toBeUndefined();
    await leaving;
    expect((await getWithToken(userInfoPath, accessToken)).status).toBe(401);
  });
});

import { useSyncExternalStore } from 'react';
import { getAccessToken, onAccessTokenChange } from '@/lib/auth-token';

/**
 * Counts sign-ins and sign-outs. Prefill queries are keyed by it, so records cached for one
 * citizen are never shown to the next on a shared phone, whatever the rest of the app clears.
 */
let generation = 0;
onAccessTokenChange(() => {
  generation += 1;
});

const snapshot = (): number => (getAccessToken() === undefined ? -1 : generation);

/** The current sign-in's generation, or -1 while nobody is signed in (nothing to read). */
export const useAccessGeneration = (): number => useSyncExternalStore(onAccessTokenChange, snapshot, snapshot);

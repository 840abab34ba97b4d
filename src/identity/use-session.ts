import { useSyncExternalStore } from 'react';
import { currentSession, subscribeSession, type Session } from './session-store';

/** The signed-in citizen, or undefined; re-renders on sign-in and sign-out. */
export const useSession = (): Session | undefined => useSyncExternalStore(subscribeSession, currentSession, currentSession);

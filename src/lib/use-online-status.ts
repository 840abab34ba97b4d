import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** Whether the browser believes it has a network connection (it can be wrong only one way: "online"). */
export const useOnlineStatus = (): boolean => useSyncExternalStore(subscribe, () => navigator.onLine, () => true);

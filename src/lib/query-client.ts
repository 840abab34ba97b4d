import { QueryClient } from '@tanstack/react-query';

/**
 * Server state lives in TanStack Query. One retry for reads rides out a dropped packet on a
 * weak mobile connection; writes are never retried blindly (submission has its own key).
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: 1, staleTime: 5 * 60_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });

import { useCallback, useEffect, useState } from 'react';
import { apiRequest } from '@/lib/api-client';
import { personaListSchema, personasPath, type PersonaSummary } from '@/lib/api-contract/identity';

export type PersonasState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; personas: PersonaSummary[] };

/** The provider's test accounts, fetched on mount; `retry` fetches them again after a failure. */
export function usePersonas(): { state: PersonasState; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PersonasState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    apiRequest(personasPath, { schema: personaListSchema, signal: controller.signal })
      .then(({ personas }) => setState({ status: 'ready', personas }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      });
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  return { state, retry };
}

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import {
  metricsPath,
  metricsSamplePath,
  metricsSchema,
  sampleStateSchema,
  testRunSchema,
  testRunsPath,
  type CreateTestRunRequest,
} from '@/lib/api-contract/metrics';

export const metricsQueryOptions = () =>
  queryOptions({ queryKey: ['metrics'], queryFn: ({ signal }) => apiRequest(metricsPath, { schema: metricsSchema, signal }) });

export const useMetrics = () => useQuery(metricsQueryOptions());

/** Adds (`POST`) or clears (`DELETE`) the synthetic sample, then reloads the figures. */
export function useSampleData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: 'add' | 'clear') =>
      apiRequest(metricsSamplePath, { method: action === 'add' ? 'POST' : 'DELETE', schema: sampleStateSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: metricsQueryOptions().queryKey }),
  });
}

export function useCreateTestRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (run: CreateTestRunRequest) => apiRequest(testRunsPath, { method: 'POST', body: run, schema: testRunSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: metricsQueryOptions().queryKey }),
  });
}

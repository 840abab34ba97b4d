import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { dossierPaymentsPath, paymentPath, paymentSchema, type StartPaymentRequest } from '@/lib/api-contract/payments';

export const startPayment = ({ dossierCode, request }: { dossierCode: string; request: StartPaymentRequest }) =>
  apiRequest(dossierPaymentsPath(dossierCode), { method: 'POST', body: request, schema: paymentSchema });

export const useStartPayment = () => useMutation({ mutationFn: startPayment });

/** A payment attempt's outcome, as the citizen returns from the gateway. Never cached: it changes. */
export const paymentQueryOptions = (paymentId: string) =>
  queryOptions({
    queryKey: ['payments', paymentId],
    queryFn: ({ signal }) => apiRequest(paymentPath(paymentId), { schema: paymentSchema, signal }),
    staleTime: 0,
    // The gateway may report a moment after the redirect: look again while it is still pending.
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1500 : false),
  });

export const usePayment = (paymentId: string | null) => useQuery({ ...paymentQueryOptions(paymentId ?? ''), enabled: paymentId !== null });

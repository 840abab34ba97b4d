import { findProvider, type PaymentMethod } from '@/lib/api-contract/payments';

/** "BIDV", "MoMo": the provider's own name, whatever the language. */
export const providerName = (method: PaymentMethod, provider: string): string => findProvider(method, provider)?.name ?? provider;

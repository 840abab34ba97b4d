import type { RegistryAddress } from '@/lib/api-contract/registry-common';

/**
 * A registry address in the shape the address field's `prefill.coerce` reads: units as
 * `{ ma, ten }`, so the commune keeps its name (the answer needs both code and name) and the
 * province resolves by code.
 */
export const toAddressValue = (address: RegistryAddress | undefined) =>
  address === undefined
    ? undefined
    : {
        tinh: { ma: address.tinh, ten: address.tenTinh },
        xa: { ma: address.xa, ten: address.tenXa },
        chiTiet: address.chiTiet,
      };

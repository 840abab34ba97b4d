import { consentHeader, type PopulationRecord, type RelatedPerson } from '@/lib/api-contract/registries';
import { personalIdSchema } from '@/lib/api-contract/registry-common';
import { errorResponse } from './error-response';
import { personalData, recordOrNotFound, registryGet } from './registry-endpoint';

const invalidId = (id: string) => errorResponse(400, 'invalid-id', `"${id}" is not a 12-digit số định danh`);

/**
 * CSDL quốc gia về dân cư: the citizen's own record (`/dan-cu/cong-dan/me`, or their own number
 * in place of `me`; anyone else's → 403), and a related person's minimal data with consent.
 *
 * Who counts as related: a parent, spouse, child or household member (the registry's own ties),
 * or someone who consented in their own VNeID app to share their record with this citizen — a
 * future spouse is nobody to the registry until the marriage is registered. The portal's
 * `X-Consent: granted` only says the citizen ticked "they agreed"; for family that attestation
 * suffices, but a stranger's data must not open to anyone who sends a header, so for them the
 * registry needs the data subject's own recorded consent (Nghị định 13/2023/NĐ-CP). A purpose
 * header would not do: the requester chooses it, the data subject does not.
 */
export const populationHandlers = [
  registryGet<PopulationRecord, { id: string }>('dan-cu', '/dan-cu/cong-dan/:id', ({ citizen, params, registry }) => {
    const id = params.id === 'me' ? citizen.soDinhDanh : params.id;
    if (!personalIdSchema.safeParse(id).success) return invalidId(id);
    if (id !== citizen.soDinhDanh) return errorResponse(403, 'forbidden', 'A citizen reads only their own record');
    return recordOrNotFound(registry.person(id), 'population record');
  }),

  registryGet<RelatedPerson, { id: string }>(
    'dan-cu',
    '/dan-cu/nguoi-lien-quan/:id',
    ({ citizen, params, request, registry }) => {
      const { id } = params;
      if (!personalIdSchema.safeParse(id).success) return invalidId(id);
      if (request.headers.get(consentHeader)?.trim().toLowerCase() !== 'granted') {
        return errorResponse(403, 'consent-required', `Send ${consentHeader}: granted once the citizen has agreed`);
      }
      const related = registry.relatedPerson(citizen.soDinhDanh, id) ?? registry.sharedPerson(citizen.soDinhDanh, id);
      if (!related) {
        return errorResponse(403, 'not-related', 'This person is not a parent, spouse or child of the citizen and has not agreed to share with them');
      }
      // Data minimisation: exactly the contract's fields, whatever else the registry holds.
      const { soDinhDanh, hoTen, ngaySinh, gioiTinh, danToc, quocTich, noiCuTru, quanHe } = related;
      return personalData<RelatedPerson>({ soDinhDanh, hoTen, ngaySinh, gioiTinh, danToc, quocTich, noiCuTru, quanHe });
    },
  ),
];

import { deathNoticePath, type DeathNotice } from '@/lib/api-contract/registries';
import { personalIdSchema, type relationSchema } from '@/lib/api-contract/registry-common';
import type { z } from '@/lib/zod';
import type { SyntheticRegistry } from '../data/synthetic';
import type { DeathNoticeRecord } from '../data/synthetic/deaths';
import { errorResponse } from './error-response';
import { personalData, recordOrNotFound, registryGet } from './registry-endpoint';

type Relation = z.infer<typeof relationSchema>;

/**
 * Who may read a death notice: the relatives Điều 33 Luật Hộ tịch charges with registering the
 * death (spouse, child, parent, other kin). A household member who is no kin ('khac') and someone
 * who merely shared their record (a fiancée) are not.
 */
const closeRelations: ReadonlySet<Relation> = new Set(['cha', 'me', 'voChong', 'con', 'anhChiEm', 'ongBa', 'chau']);

const relationTo = (registry: SyntheticRegistry, citizenId: string, deceasedId: string): Relation | undefined => {
  const quanHe = registry.relatedPerson(citizenId, deceasedId)?.quanHe;
  return quanHe && closeRelations.has(quanHe) ? quanHe : undefined;
};

const withRelation = (notice: DeathNoticeRecord, quanHe: Relation): DeathNotice => ({ ...notice, quanHe });

/**
 * Giấy báo tử điện tử (Ministry of Health, sent by the facility where the person died), on the
 * same health system as the birth certificates (`y-te` fault switch). The notice is about someone
 * else, so the relationship is checked here, server-side: `/me` gives the most recent notice of a
 * close relative of the citizen (404 when none); `/:soDinhDanh` that person's notice, 403
 * `not-related` to anyone but their close relatives.
 */
export const deathNoticeHandlers = [
  registryGet<DeathNotice>('y-te', deathNoticePath, ({ citizen, registry }) => {
    const mine = registry.deathNotices
      .map((notice) => [notice, relationTo(registry, citizen.soDinhDanh, notice.nguoiChet.soDinhDanh)] as const)
      .filter((entry): entry is readonly [DeathNoticeRecord, Relation] => entry[1] !== undefined)
      .sort(([a], [b]) => b.ngayChet.localeCompare(a.ngayChet));
    const latest = mine[0];
    return recordOrNotFound(latest && withRelation(...latest), 'death notice of a relative');
  }),

  registryGet<DeathNotice, { id: string }>('y-te', '/y-te/giay-bao-tu/:id', ({ citizen, params, registry }) => {
    const { id } = params;
    if (!personalIdSchema.safeParse(id).success) return errorResponse(400, 'invalid-id', `"${id}" is not a 12-digit số định danh`);
    const quanHe = relationTo(registry, citizen.soDinhDanh, id);
    if (!quanHe) return errorResponse(403, 'not-related', 'Only a close relative of the deceased may read their death notice');
    const notice = registry.deathNoticeOf(id);
    return notice ? personalData(withRelation(notice, quanHe)) : errorResponse(404, 'not-found', 'No death notice for this person');
  }),
];

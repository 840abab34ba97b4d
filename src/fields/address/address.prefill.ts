import { z } from '@/lib/zod';
import { normalizeForSearch } from '@/lib/search-text';
import { emptyAddress, type AddressAnswer } from './address.answer';
import { provinces } from './provinces';

/** A unit as registers hand it over: a code, a name, or both (`{ ma, ten }` or `{ code, name }`). */
const unitSchema = z.union([
  z.string(),
  z.object({ ma: z.optional(z.string()), ten: z.optional(z.string()), code: z.optional(z.string()), name: z.optional(z.string()) }),
]);
const registerAddressSchema = z.object({ tinh: z.optional(unitSchema), xa: z.optional(unitSchema), chiTiet: z.optional(z.string()) });
const answerShape = z.object({
  provinceCode: z._default(z.string(), ''), provinceName: z._default(z.string(), ''),
  wardCode: z._default(z.string(), ''), wardName: z._default(z.string(), ''), street: z._default(z.string(), ''),
});

const unitParts = (unit: z.infer<typeof unitSchema> | undefined): { code: string; name: string } => {
  if (unit === undefined) return { code: '', name: '' };
  if (typeof unit === 'string') return /^\d+$/.test(unit.trim()) ? { code: unit.trim(), name: '' } : { code: '', name: unit.trim() };
  return { code: (unit.ma ?? unit.code ?? '').trim(), name: (unit.ten ?? unit.name ?? '').trim() };
};

/** "Hà Nội", "TP Hà Nội" or "Thành phố Hà Nội" all find province 01. */
const stripUnitType = (name: string): string => normalizeForSearch(name).replace(/^(thanh pho|tp\.?|tinh)\s+/, '');
const findProvince = (code: string, name: string) =>
  provinces.find((province) => province.code === code.padStart(2, '0')) ??
  (name ? provinces.find((province) => stripUnitType(province.fullName) === stripUnitType(name)) : undefined);

/**
 * Turns a register's address (`{ tinh, xa, chiTiet }`) or a stored answer into an answer. The
 * province is resolved offline; a commune given by name only keeps its name and waits for the
 * citizen to pick it from the list (its code cannot be known without the unit list).
 */
export function coerceAddress(raw: unknown): AddressAnswer | undefined {
  const asAnswer = answerShape.safeParse(raw);
  if (asAnswer.success && (asAnswer.data.provinceCode || asAnswer.data.wardCode)) return { ...emptyAddress, ...asAnswer.data };
  const register = registerAddressSchema.safeParse(raw);
  if (!register.success) return undefined;
  const tinh = unitParts(register.data.tinh);
  const xa = unitParts(register.data.xa);
  const province = findProvince(tinh.code, tinh.name);
  if (!province) return undefined;
  return {
    provinceCode: province.code,
    provinceName: province.fullName,
    wardCode: /^\d{5}$/.test(xa.code) ? xa.code : '',
    wardName: xa.name,
    street: register.data.chiTiet?.trim() ?? '',
  };
}

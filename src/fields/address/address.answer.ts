import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import { hasControlCharacters, hasPictographs, normalizeSpaces } from '../shared/text-rules';
import type { AddressConfig } from './address.config';
import { provinces, wardInProvince } from './provinces';

/**
 * A post-2025 two-level address. Names are stored beside the codes so the answer reads the same
 * on the receipt without the unit list, and keeps the name the citizen saw if units change later.
 */
export interface AddressAnswer {
  provinceCode: string;
  provinceName: string;
  wardCode: string;
  wardName: string;
  street: string;
}

export const emptyAddress: AddressAnswer = { provinceCode: '', provinceName: '', wardCode: '', wardName: '', street: '' };
export const streetMaxLength = 200;

const addressShape = z.object(
  {
    provinceCode: z.string(),
    provinceName: z.string(),
    wardCode: z.string(),
    wardName: z.string(),
    street: z.string(),
  },
  { error: message('fields:common.errors.required') },
);

export type AddressPart = 'province' | 'ward' | 'street';
export interface AddressProblem {
  part: AddressPart;
  message: string;
}

const problem = (part: AddressPart, key: string, values?: Record<string, string | number>): AddressProblem => ({
  part,
  message: message(key, values),
});

/** The first thing to fix, and in which sub-control (so the widget can mark it). */
export function findAddressProblem(answer: AddressAnswer, config: AddressConfig): AddressProblem | undefined {
  const street = answer.street.trim();
  if (answer.provinceCode === '' && answer.wardCode === '' && street === '') {
    return config.required ? problem('province', 'fields:common.errors.required') : undefined;
  }
  if (answer.provinceCode === '') return problem('province', 'fields:address.errors.province');
  const province = provinces.find((candidate) => candidate.code === answer.provinceCode);
  if (!province) return problem('province', 'fields:address.errors.provinceUnknown');
  if (answer.wardCode === '') return problem('ward', 'fields:address.errors.ward');
  if (!/^\d{5}$/.test(answer.wardCode) || answer.wardName.trim() === '') return problem('ward', 'fields:address.errors.wardUnknown');
  // A tampered draft or a stale pre-filled value can pair a ward with the wrong province.
  if (!wardInProvince(province, answer.wardCode)) return problem('ward', 'fields:address.errors.wardNotInProvince');
  if (street === '') return config.requireStreet ? problem('street', 'fields:address.errors.street') : undefined;
  if (hasControlCharacters(answer.street) || /[\r\n]/.test(answer.street)) return problem('street', 'fields:address.errors.streetCharacters');
  if (hasPictographs(answer.street)) return problem('street', 'fields:address.errors.streetEmoji');
  if (street.length > streetMaxLength) return problem('street', 'fields:address.errors.streetTooLong', { max: streetMaxLength });
  return undefined;
}

/** Problems are reported on the field itself (not on sub-paths): the host shows one message per field. */
export const addressAnswerSchema = (config: AddressConfig) =>
  addressShape.check(
    z.superRefine((answer, ctx) => {
      const found = findAddressProblem(answer, config);
      if (found) ctx.addIssue({ code: 'custom', message: found.message });
    }),
  );

/**
 * "Số 12 ngõ 5 phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội" in every language: an address is
 * written as the registers hold it, in Vietnamese.
 */
export const formatAddress = (answer: AddressAnswer | undefined): string =>
  answer ? [normalizeSpaces(answer.street), answer.wardName, answer.provinceName].filter((part) => part !== '').join(', ') : '';

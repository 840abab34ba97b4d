import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '@/lib/zod';
import { provinces } from './provinces';

/**
 * `public/data/admin-units/<province code>.json`, built by `npm run admin-units`: one province's
 * communes, wards and special zones as `[code, fullName, fullNameEn]`. The citizen downloads the
 * province they choose (about 2 KB), not the country's 3,321 units (43 KB on a slow network).
 */
export const provinceWardsSchema = z.object({
  code: z.string(),
  wards: z.array(z.tuple([z.string(), z.string(), z.string()])),
});
export type ProvinceWards = z.infer<typeof provinceWardsSchema>;
export type Ward = ProvinceWards['wards'][number];

/** Only the bundled provinces' codes become file names: an answer from a draft is not a path. */
const isProvinceCode = (code: string): boolean => provinces.some((province) => province.code === code);

/** A static file of the app (not the API), under the app's base path; absolute, as jsdom's fetch needs. */
export const provinceWardsUrl = (provinceCode: string): URL =>
  new URL(`${import.meta.env.BASE_URL}data/admin-units/${provinceCode}.json`, globalThis.location?.href ?? 'http://localhost/');

export async function fetchProvinceWards(provinceCode: string, signal?: AbortSignal): Promise<ProvinceWards> {
  const response = await fetch(provinceWardsUrl(provinceCode), { signal });
  if (!response.ok) throw new Error(`Could not load the wards of province ${provinceCode} (HTTP ${response.status})`);
  const units = provinceWardsSchema.parse(await response.json());
  if (units.code !== provinceCode) throw new Error(`Asked for the wards of province ${provinceCode}, got ${units.code}'s`);
  return units;
}

export const provinceWardsQueryOptions = (provinceCode: string) =>
  queryOptions({
    queryKey: ['admin-units', provinceCode],
    queryFn: ({ signal }) => fetchProvinceWards(provinceCode, signal),
    enabled: isProvinceCode(provinceCode),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** The wards of the chosen province, fetched once per session whichever address field asks first. */
export const useProvinceWards = (provinceCode: string) => useQuery(provinceWardsQueryOptions(provinceCode));

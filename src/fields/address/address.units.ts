import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from '@/lib/zod';

/** `public/data/admin-units.json`, built by `npm run admin-units`: wards are `[code, fullName, fullNameEn]`. */
export const adminUnitsSchema = z.object({
  provinces: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      fullName: z.string(),
      fullNameEn: z.string(),
      wards: z.array(z.tuple([z.string(), z.string(), z.string()])),
    }),
  ),
});
export type AdminUnits = z.infer<typeof adminUnitsSchema>;
export type Ward = AdminUnits['provinces'][number]['wards'][number];

/** A static file of the app (not the API), under the app's base path; absolute, as jsdom's fetch needs. */
export const adminUnitsUrl = (): URL =>
  new URL(`${import.meta.env.BASE_URL}data/admin-units.json`, globalThis.location?.href ?? 'http://localhost/');

export async function fetchAdminUnits(signal?: AbortSignal): Promise<AdminUnits> {
  const response = await fetch(adminUnitsUrl(), { signal });
  if (!response.ok) throw new Error(`Could not load administrative units (HTTP ${response.status})`);
  return adminUnitsSchema.parse(await response.json());
}

export const adminUnitsQueryOptions = () =>
  queryOptions({
    queryKey: ['admin-units'],
    queryFn: ({ signal }) => fetchAdminUnits(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** The unit list, fetched once per session whichever address field asks first. */
export const useAdminUnits = () => useQuery(adminUnitsQueryOptions());

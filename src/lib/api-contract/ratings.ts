import { z } from '@/lib/zod';

/**
 * The citizen's rating of a dossier on the portal's scale (Rất hài lòng / Hài lòng / Không hài
 * lòng), with the two satisfaction questions of the evaluation indices: ease of use and the
 * service overall. One rating per dossier, by its owner, changeable until the result is returned.
 */
export const ratingLevels = ['rat-hai-long', 'hai-long', 'khong-hai-long'] as const;
export const ratingLevelSchema = z.enum(ratingLevels);
export type RatingLevel = z.infer<typeof ratingLevelSchema>;

/** Satisfied = Rất hài lòng or Hài lòng (the natural reading of QĐ 1565's "đánh giá hài lòng"). */
export const isSatisfied = (level: RatingLevel): boolean => level !== 'khong-hai-long';

export const ratingPath = (dossierCode: string): string => `/dossiers/${encodeURIComponent(dossierCode)}/rating`;

/** `PUT /dossiers/:code/rating`. A reason is required when not satisfied. */
export const rateDossierRequestSchema = z
  .object({
    level: ratingLevelSchema,
    reason: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
    easeOfUse: ratingLevelSchema,
    overallService: ratingLevelSchema,
  })
  .check(
    z.refine((rating) => rating.level !== 'khong-hai-long' || (rating.reason ?? '') !== '', {
      path: ['reason'],
      error: 'A reason is required when the citizen is not satisfied',
    }),
  );
export type RateDossierRequest = z.infer<typeof rateDossierRequestSchema>;

/** The rating as stored; `changeable` is false once the dossier's result has been returned. */
export const dossierRatingSchema = z.object({
  dossierCode: z.string().check(z.minLength(1)),
  level: ratingLevelSchema,
  reason: z.optional(z.string()),
  easeOfUse: ratingLevelSchema,
  overallService: ratingLevelSchema,
  ratedAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  changeable: z.boolean(),
});
export type DossierRating = z.infer<typeof dossierRatingSchema>;

/** QĐ 1565/QĐ-TTg: satisfied share at least 90 % in 2025, 95 % in 2026. */
export const satisfactionTargets = [
  { year: 2025, share: 0.9 },
  { year: 2026, share: 0.95 },
] as const;

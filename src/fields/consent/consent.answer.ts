import { z } from '@/lib/zod';
import { message } from '@/schema/validation-message';
import type { ConsentConfig } from './consent.config';

/** Ticked or not; a required consent must be ticked. */
export const consentAnswerSchema = (config: ConsentConfig) =>
  z.boolean({ error: message('fields:consent.errors.required') }).check(
    z.refine((checked) => checked || !config.required, {
      error: message('fields:consent.errors.required'),
    }),
  );

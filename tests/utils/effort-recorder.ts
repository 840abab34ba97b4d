import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormSchema } from '@/schema/create-form-schema';
import { effortRow } from '@/session-timing/effort';

/**
 * `npm run effort` runs the persona tests with EFFORT_REPORT_DIR set: each completion leaves
 * its effort row there, so the report measures exactly what the tests prove. A no-op otherwise.
 */
export function recordEffort(schema: FormSchema, persona: string, answers: Record<string, unknown>, prefilled: readonly string[]): void {
  const dir = process.env.EFFORT_REPORT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${schema.id}.json`), JSON.stringify(effortRow(schema, persona, answers, prefilled)));
}

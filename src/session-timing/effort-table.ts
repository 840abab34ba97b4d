/** One line of `npm run effort`: a procedure filled by its typical persona. */
export interface EffortRow {
  formId: string;
  procedureCode: string;
  persona: string;
  /** Answers filed (top-level, as the persona tests count them) and how many came pre-filled. */
  answers: number;
  prefilled: number;
  prefilledShare: number;
  /** KLM-predicted login→submit seconds with the registries' auto-fill, and with none. */
  withAutofillSeconds: number;
  withoutAutofillSeconds: number;
  /** Whether the prediction with auto-fill meets each year's target. */
  meets: Record<number, boolean>;
}

const minutes = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

/** The report as a plain-text table (m:ss), ✓/✗ against the 8- and 5-minute targets. */
export function formatEffortTable(rows: readonly EffortRow[]): string {
  const header = ['procedure', 'code', 'persona', 'fields', 'pre-filled', 'KLM auto-fill', 'KLM no auto-fill', '< 8 min', '< 5 min'];
  const body = rows.map((row) => [
    row.formId,
    row.procedureCode,
    row.persona,
    String(row.answers),
    `${row.prefilled} (${Math.round(row.prefilledShare * 100)} %)`,
    minutes(row.withAutofillSeconds),
    minutes(row.withoutAutofillSeconds),
    row.meets[2025] ? '✓' : '✗',
    row.meets[2026] ? '✓' : '✗',
  ]);
  const widths = header.map((cell, index) => Math.max(cell.length, ...body.map((line) => line[index]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

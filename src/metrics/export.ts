import type { SessionRow } from '@/lib/api-contract/metrics';

const columns = [
  'id', 'sample', 'formId', 'procedureCode', 'personaId', 'runId', 'participant', 'startedAt', 'dossierCode', 'loginToSubmitSeconds',
  'clientLoginToSubmitSeconds', 'activeSeconds', 'idleSeconds', 'fieldsTyped', 'fieldsPrefilled', 'fieldsCorrected', 'validationErrors',
  'predictedSeconds', 'submitted',
] as const;

const cell = (value: unknown): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The raw sessions, one line each (RFC 4180), with the summary's figures as columns. */
export function sessionsCsv(rows: readonly SessionRow[]): string {
  const lines = rows.map((row) => {
    const values: Partial<Record<(typeof columns)[number], unknown>> = {
      ...row,
      clientLoginToSubmitSeconds: row.summary.loginToSubmitSeconds,
      activeSeconds: row.summary.activeSeconds,
      idleSeconds: row.summary.idleSeconds,
      fieldsTyped: row.summary.fieldsTyped,
      fieldsPrefilled: row.summary.fieldsPrefilled,
      fieldsCorrected: row.summary.fieldsCorrected,
      validationErrors: row.summary.validationErrors,
      predictedSeconds: row.summary.predictedSeconds,
      submitted: row.summary.submitted,
    };
    return columns.map((column) => cell(values[column])).join(',');
  });
  return `${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}

/** The raw sessions with their events, as JSON. */
export const sessionsJson = (rows: readonly SessionRow[]): string => `${JSON.stringify(rows, null, 2)}\n`;

/** Offers a text as a file download. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

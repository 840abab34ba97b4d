import { numberFormat } from '@/lib/intl-formats';
import type { Locale } from '@/schema/localized-text';

/** What a file looks like before and after upload: enough to check it without its content. */
export interface FileFacts {
  name: string;
  size: number;
  type: string;
}

const bytesPerMb = 1024 * 1024;

/** Whether a file matches one of the accepted extensions or MIME types (`image/*` included). */
export function matchesAccept(file: Pick<FileFacts, 'name' | 'type'>, accept: readonly string[]): boolean {
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

const friendlyTypes: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** "PDF, JPG, PNG" for people; duplicates (".jpg" and "image/jpeg") said once. */
export const describeAccept = (accept: readonly string[]): string =>
  [...new Set(accept.map((entry) => (entry.startsWith('.') ? entry.slice(1).toUpperCase() : (friendlyTypes[entry.toLowerCase()] ?? entry))))].join(', ');

/** "245 KB", "2,5 MB" (Vietnamese decimal comma) — binary units, as file managers show them. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = numberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= bytesPerMb) return `${number.format(bytes / bytesPerMb)} MB`;
  return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** Why a file cannot be accepted, as a message-key suffix; checked before any upload. */
export type FileProblem = 'wrongType' | 'empty' | 'tooLarge';

export function checkFile(file: FileFacts, config: { accept: readonly string[]; maxSizeMb: number }): FileProblem | undefined {
  if (!matchesAccept(file, config.accept)) return 'wrongType';
  if (file.size === 0) return 'empty';
  if (file.size > config.maxSizeMb * bytesPerMb) return 'tooLarge';
  return undefined;
}

import { fieldMessages } from '@/fields/registry';
import { registerNamespace } from '@/i18n/register-namespace';

/**
 * The field types' texts (`fields` namespace, both languages), registered by the pages that show
 * fields. They come from the registry those pages' code includes anyway, so the app shell (and a
 * catalogue visit) does not carry every field type to say "Ngày tháng".
 */
export const provideFieldTexts = (): void => registerNamespace('fields', { vi: fieldMessages('vi'), en: fieldMessages('en') });

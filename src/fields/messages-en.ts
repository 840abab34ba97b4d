import common from './shared/common.messages.en';

/**
 * The English of every field type's UI strings, one chunk loaded the first time a page that
 * shows fields is in English: a Vietnamese citizen's form never downloads it. Each type's is
 * `<type>/<type>.messages.en.ts` (the folder is the type); the shared messages are `common`.
 */
const typeFiles = import.meta.glob<Record<string, unknown>>(['./*/*.messages.en.ts', '!./shared/**'], {
  eager: true,
  import: 'default',
});

export const englishFieldMessages: Record<string, unknown> = {
  common,
  ...Object.fromEntries(Object.entries(typeFiles).map(([path, messages]) => [path.split('/')[1] ?? path, messages])),
};

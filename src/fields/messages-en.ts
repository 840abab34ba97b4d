/**
 * The English of every field type's UI strings, one chunk loaded the first time a page that
 * shows fields is in English: a Vietnamese citizen's form never downloads it. Each file is
 * `<type>/<type>.messages.en.ts` (the folder is the type), plus the shared `common` messages.
 */
const files = import.meta.glob<Record<string, unknown>>(['./*/*.messages.en.ts', '!./shared/choice.messages.en.ts'], {
  eager: true,
  import: 'default',
});

const namespaceKey = (path: string): string => {
  const folder = path.split('/')[1] ?? path;
  return folder === 'shared' ? 'common' : folder;
};

export const englishFieldMessages: Record<string, unknown> = Object.fromEntries(
  Object.entries(files).map(([path, messages]) => [namespaceKey(path), messages]),
);

/**
 * Where the citizen's language choice is kept on the device (localStorage). Its own module: the
 * build reads it too (`scripts/page-preload.ts` preloads the page's texts in that language).
 */
export const languageStorageKey = 'bmdt.language';

/** C0/C1 control characters other than tab and line breaks: never legitimate in a declaration. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Pictographs (emoji) cannot be stored by the registries a dossier goes to. */
const pictographs = /\p{Extended_Pictographic}/u;

export const hasControlCharacters = (text: string): boolean => controlCharacters.test(text);
export const hasPictographs = (text: string): boolean => pictographs.test(text);

/** Collapses runs of spaces and trims: what a registry officer would type from the paper form. */
export const normalizeSpaces = (text: string): string => text.replace(/[ \t]+/g, ' ').trim();

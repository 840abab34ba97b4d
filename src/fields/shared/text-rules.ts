/**
 * C0/C1 control characters other than tab and line breaks, bidirectional overrides and isolates
 * (invisible, they reorder how a name reads on the officer's screen) and lone surrogates (cannot
 * be stored as UTF-8): never legitimate in a declaration.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
/**
 * Pictographs (emoji) cannot be stored by the registries a dossier goes to. Flags are pairs of
 * regional indicators and keycaps or skin tones are combining marks, none of them pictographic.
 */
const pictographs = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}\u20E3\uFE0F]/u;

export const hasControlCharacters = (text: string): boolean => controlCharacters.test(text);
export const hasPictographs = (text: string): boolean => pictographs.test(text);

/** Collapses runs of spaces and trims: what a registry officer would type from the paper form. */
export const normalizeSpaces = (text: string): string => text.replace(/[ \t]+/g, ' ').trim();

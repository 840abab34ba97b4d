/** The same nested keys as `T`, every leaf a string: English must mirror Vietnamese exactly. */
export type MessageStrings<T> = { [K in keyof T]: T[K] extends string ? string : MessageStrings<T[K]> };

/**
 * A field type's UI strings in both languages. Typing `en` against `vi` makes a missing or
 * misspelt English key a compile error, so the `fields` namespace is complete in both.
 */
export const defineMessages = <const T extends Record<string, unknown>>(vi: T, en: MessageStrings<T>) => ({ vi, en });

/**
 * A field type's UI strings in Vietnamese. Its English is `<type>.messages.en.ts` beside it
 * (`export default { … } satisfies MessageStrings<typeof xMessages>`, so a missing or misspelt key
 * is a compile error), loaded only when a citizen chooses English (`fields/messages-en.ts`).
 */
export const defineFieldMessages = <const T extends Record<string, unknown>>(vi: T): T => vi;

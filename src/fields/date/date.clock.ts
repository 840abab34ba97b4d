/** A calendar day as ISO `yyyy-mm-dd`, in the device's time zone (the citizen's "today"). */
export const toIsoDate = (date: Date): string =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * Today's date. The one clock of the date rules ("not in the future", "at least 18"), so tests
 * fix it with `vi.setSystemTime` and nothing else reads the wall clock.
 */
export const today = (): string => toIsoDate(new Date());

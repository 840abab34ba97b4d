/**
 * A config's pair of optional bounds (min/max amounts, earliest/latest ISO dates, ages, ticked
 * options) is in order when either is unset or the lower does not exceed the upper.
 */
export const boundsInOrder = <T extends number | string>(lower: T | undefined, upper: T | undefined): boolean =>
  lower === undefined || upper === undefined || lower <= upper;

/**
 * "Họ và tên" → "họ và tên", to use a label mid-sentence ("Theo họ và tên đã nhập…"); a label
 * that starts with an acronym ("CCCD của mẹ") is left as it is.
 */
export const lowerFirst = (text: string): string =>
  // Plain toLowerCase: Unicode has no casing rule special to Vietnamese (only Turkish, Azeri and
  // Lithuanian have one), and the locale-aware call costs an ICU round trip per label.
  text.length > 1 && text[1] === text[1]?.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;

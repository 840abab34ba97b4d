/**
 * "Họ và tên" → "họ và tên", to use a label mid-sentence ("Theo họ và tên đã nhập…"); a label
 * that starts with an acronym ("CCCD của mẹ") is left as it is.
 */
export const lowerFirst = (text: string): string =>
  text.length > 1 && text[1] === text[1]?.toLocaleLowerCase('vi') ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;

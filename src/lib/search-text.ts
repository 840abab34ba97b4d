/**
 * Folds text for forgiving search: citizens often type without diacritics ("ha noi" for
 * "Hà Nội"), and "đ" is a separate letter that Unicode decomposition does not fold to "d".
 */
export const normalizeForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

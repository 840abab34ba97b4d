import { normalizeForSearch } from '@/lib/search-text';

describe('normalizeForSearch', () => {
  it.each([
    ['Hà Nội', 'ha noi'],
    ['ĐẮK LẮK', 'dak lak'],
    ['Thừa Thiên  Huế ', 'thua thien hue'],
    ['Thanh Hoá', 'thanh hoa'],
    ['Thanh Hóa', 'thanh hoa'],
    ['Ea H’Leo', 'ea h’leo'],
  ])('%j folds to %j', (text, folded) => {
    expect(normalizeForSearch(text)).toBe(folded);
  });

  it('folds text typed in decomposed form the same as composed', () => {
    expect(normalizeForSearch('Hà Nội'.normalize('NFD'))).toBe(normalizeForSearch('Hà Nội'.normalize('NFC')));
  });
});

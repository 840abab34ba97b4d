import { describe, expect, it } from 'vitest';
import { labelSimilarity, labelWords } from './label-words';

describe('label words', () => {
  it('given Vietnamese labels, then case, diacritics, đ, punctuation and joining words are folded away', () => {
    expect([...labelWords('Họ, chữ đệm và tên của Cha')]).toEqual(['ho', 'ten', 'cha']);
    expect([...labelWords('Địa chỉ thường trú')]).toEqual(['dia', 'chi', 'thuong', 'tru']);
  });

  it('given the long and short ways of saying one thing, then they are the same words', () => {
    expect(labelSimilarity('Ngày sinh', 'Ngày, tháng, năm sinh')).toBe(1);
    expect(labelSimilarity('Họ và tên', 'Họ, chữ đệm và tên')).toBe(1);
  });

  it('given labels sharing a generic word only, then they are not alike at all', () => {
    expect(labelSimilarity('Số bản sao', 'Tờ bản đồ số')).toBe(0);
    expect(labelSimilarity('Số điện thoại', 'Số định danh cá nhân')).toBe(0);
  });

  it('given one label inside the other, then the share of common words is the similarity', () => {
    expect(labelSimilarity('Ngày sinh', 'Ngày sinh của trẻ')).toBeCloseTo(2 / 3);
  });
});

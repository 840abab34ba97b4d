import { describe, expect, it } from 'vitest';
import { z } from '@/lib/zod';
import { choiceOptionsSchema } from './choice-options';

const provinces = [
  { value: '01', label: { vi: 'Thành phố Hà Nội', en: 'Ha Noi City' } },
  { value: '79', label: { vi: 'Thành phố Hồ Chí Minh' }, hint: { vi: 'Gồm cả tỉnh Bình Dương và Bà Rịa - Vũng Tàu cũ' } },
];

const messages = (value: unknown) => {
  const result = z.safeParse(choiceOptionsSchema, value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('option lists of a choice field', () => {
  it('takes a well-formed list as it is', () => {
    expect(choiceOptionsSchema.parse(provinces)).toEqual(provinces);
  });

  it('tidies a list the way zod does: texts trimmed, unknown keys dropped', () => {
    const messy = [
      { value: ' 01 ', label: { vi: ' Thành phố Hà Nội ', en: 'Ha Noi City' }, colour: 'red' },
      { value: '79', label: { vi: 'Thành phố Hồ Chí Minh' } },
    ];
    expect(choiceOptionsSchema.parse(messy)).toEqual([
      { value: '01', label: { vi: 'Thành phố Hà Nội', en: 'Ha Noi City' } },
      { value: '79', label: { vi: 'Thành phố Hồ Chí Minh' } },
    ]);
  });

  it('names what is wrong with a list that is not well formed', () => {
    expect(messages([provinces[0]])).toEqual([': A choice needs at least two options']);
    expect(messages([provinces[0], { ...provinces[1], value: '01' }])).toEqual(['1.value: Duplicate option value "01"']);
    expect(messages([provinces[0], { value: '79', label: { vi: '   ' } }])).toEqual(['1.label.vi: Vietnamese text (vi) is required']);
    expect(messages([provinces[0], { value: '', label: { vi: 'Trống' } }])).toEqual(['1.value: An option needs a value']);
    expect(messages([provinces[0], { value: '79', label: 'Hồ Chí Minh' }])).toHaveLength(1);
    expect(messages('01, 79')).toHaveLength(1);
  });
});

import { lowerFirst } from './lower-first';

describe('lowerFirst', () => {
  it('lowers the first letter of a label used mid-sentence', () => {
    expect(lowerFirst('Họ và tên')).toBe('họ và tên');
    expect(lowerFirst('Đơn vị')).toBe('đơn vị');
  });

  it('leaves an acronym and a single letter as they are', () => {
    expect(lowerFirst('CCCD của mẹ')).toBe('CCCD của mẹ');
    expect(lowerFirst('A')).toBe('A');
    expect(lowerFirst('')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { formatVnd } from './format-vnd';

describe('amounts in đồng', () => {
  it('reads the Vietnamese way in Vietnamese and with the currency code in English', () => {
    expect(formatVnd(1_500_000, 'vi')).toMatch(/^1\.500\.000\s₫$/);
    expect(formatVnd(1_500_000, 'en')).toMatch(/^VND\s1,500,000$/);
    expect(formatVnd(0, 'en')).toMatch(/^VND\s0$/);
  });
});

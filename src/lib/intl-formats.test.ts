import { describe, expect, it } from 'vitest';
import { listFormat, numberFormat } from './intl-formats';

describe('Intl formatters', () => {
  it('format as the language reads', () => {
    expect(numberFormat('vi-VN', { maximumFractionDigits: 1 }).format(2.54)).toBe('2,5');
    expect(numberFormat('en-GB', { maximumFractionDigits: 1 }).format(1234.5)).toBe('1,234.5');
    expect(listFormat('vi', { type: 'conjunction' }).format(['CSDL dân cư', 'CSDL hộ tịch'])).toBe('CSDL dân cư và CSDL hộ tịch');
  });

  it('are made once per locale and options', () => {
    expect(numberFormat('vi-VN', { maximumFractionDigits: 0 })).toBe(numberFormat('vi-VN', { maximumFractionDigits: 0 }));
    expect(numberFormat('vi-VN', { maximumFractionDigits: 0 })).not.toBe(numberFormat('en-US', { maximumFractionDigits: 0 }));
    expect(listFormat('en', { type: 'conjunction' })).not.toBe(listFormat('en', { type: 'disjunction' }));
  });
});

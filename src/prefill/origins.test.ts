import { describe, expect, it } from 'vitest';
import { computeOrigins } from './origins';
import type { PrefillEntry } from './prefill-entry';

const entry = (path: string, original: unknown): PrefillEntry => ({
  path, source: 'dan-cu', original, retrievedAt: '2026-11-22T01:02:03.000Z', locked: false, subject: 'me',
});

describe('computeOrigins', () => {
  it('tells prefilled, overridden and typed answers apart at submit time', () => {
    // Given three pre-filled answers, one changed by the citizen and one changed then put back
    const address = { provinceCode: '75', provinceName: 'Thành phố Đồng Nai', wardCode: '25267', wardName: 'Xã Phú Nghĩa', street: 'Ấp 7' };
    const entries = { hoTen: entry('hoTen', 'Nguyễn Thị Lan'), noiO: entry('noiO', address), dienThoai: entry('dienThoai', '0905163149') };
    const answers = {
      hoTen: 'Nguyễn Thị Lan',
      noiO: { street: 'Ấp 7', wardName: 'Xã Phú Nghĩa', wardCode: '25267', provinceName: 'Thành phố Đồng Nai', provinceCode: '75' },
      dienThoai: '0912345678',
      ghiChu: 'Tôi tự nhập',
    };
    // Then
    expect(computeOrigins(answers, entries)).toEqual({
      hoTen: { kind: 'prefilled', source: 'dan-cu', retrievedAt: '2026-11-22T01:02:03.000Z' },
      noiO: { kind: 'prefilled', source: 'dan-cu', retrievedAt: '2026-11-22T01:02:03.000Z' },
      dienThoai: { kind: 'overridden', source: 'dan-cu', original: '0905163149' },
      ghiChu: { kind: 'typed' },
    });
  });

  it('only speaks of the answers submitted', () => {
    expect(computeOrigins({}, { hoTen: entry('hoTen', 'Lan') })).toEqual({});
  });
});

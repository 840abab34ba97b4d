import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from './format-date';

describe('dates as people read them', () => {
  it('shows dd/mm/yyyy in Vietnam’s time zone in both languages', () => {
    // 23:30 UTC on 21 November is already 22 November in Hà Nội
    expect(formatDate('2026-11-21T23:30:00Z', 'vi')).toBe('22/11/2026');
    expect(formatDate('2026-11-21T23:30:00Z', 'en')).toBe('22/11/2026');
  });

  it('adds the 24-hour time', () => {
    expect(formatDateTime('2026-07-01T01:05:00Z', 'vi')).toMatch(/08:05.*01\/07\/2026|01\/07\/2026.*08:05/);
    expect(formatDateTime('2026-07-01T13:05:00Z', 'en')).toMatch(/01\/07\/2026.*20:05/);
    expect(formatTime('2026-07-01T13:05:09Z', 'vi')).toBe('20:05:09');
  });
});

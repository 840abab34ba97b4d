import { trades } from '../synthetic/business-lines';
import { businessLines } from './business-lines';

describe('the VSIC business-line code list', () => {
  it('offers every line the synthetic businesses follow, under the same Vietnamese name', () => {
    const offered = new Map(businessLines.map((option) => [option.value, option.label.vi]));
    const lines = trades.flatMap((trade) => trade.lines);
    expect(lines.filter(([code, name]) => offered.get(code) !== `${code} – ${name}`)).toEqual([]);
  });

  it('uses each 4-digit code once', () => {
    const codes = businessLines.map((option) => option.value);
    expect(codes.every((code) => /^\d{4}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

import { generateSyntheticData, type SyntheticData } from './generate';
import { getSyntheticRegistry } from './index';
import { allRecords, testToday } from './test-clock';

/** What the registries publish, as plain JSON (the internal model has cycles). */
const published = (data: SyntheticData) =>
  JSON.stringify({
    records: allRecords(data),
    certificates: data.certificates.map(([, c]) => c),
    birthRegistrations: [...data.birthRegistrations.entries()],
    marriages: [...data.marriages.entries()],
    insurance: [...data.insurance.entries()],
    businesses: data.businesses,
    parcels: data.parcels,
    personas: data.personas,
  });

const nextDay = new Date(testToday.getTime() + 86_400_000);

describe('synthetic data — determinism and speed', () => {
  it('generates the same data twice from the same seed and clock', () => {
    expect(published(generateSyntheticData(testToday))).toBe(published(generateSyntheticData(testToday)));
  });

  it('keeps the population all year; only the newborns’ dates follow the day', () => {
    const today = generateSyntheticData(testToday);
    const tomorrow = generateSyntheticData(nextDay);
    expect(JSON.stringify(allRecords(tomorrow))).toBe(JSON.stringify(allRecords(today)));
    const shifted = today.certificates.map(([, c], i) => [c.me.soDinhDanh, tomorrow.certificates[i]?.[1].me.soDinhDanh]);
    expect(shifted.every(([a, b]) => a === b)).toBe(true);
    expect(tomorrow.certificates[0]?.[1].ngaySinh).not.toBe(today.certificates[0]?.[1].ngaySinh);
  });

  it('memoises the registry per Việt Nam calendar day', () => {
    const sameDayLater = new Date(testToday.getTime() + 3_600_000);
    expect(getSyntheticRegistry(sameDayLater)).toBe(getSyntheticRegistry(testToday));
    expect(getSyntheticRegistry(nextDay)).not.toBe(getSyntheticRegistry(testToday));
  });

  it('generates everything quickly', () => {
    // A regression guard, loose enough for a busy shared machine: a quiet laptop needs well under 300 ms.
    const runs = [0, 1, 2].map(() => {
      const start = performance.now();
      generateSyntheticData(testToday);
      return performance.now() - start;
    });
    expect(Math.min(...runs)).toBeLessThan(1500);
  });
});

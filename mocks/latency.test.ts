import { currentLatencySetting, latencyFor, latencyRange, parseLatencySetting, seededRandom } from './latency';

describe('mock latency', () => {
  it('is off under vitest', () => {
    expect(currentLatencySetting()).toEqual({ mode: 'off' });
  });

  it('reads the URL / localStorage flag', () => {
    expect(parseLatencySetting('0')).toEqual({ mode: 'off' });
    expect(parseLatencySetting('off')).toEqual({ mode: 'off' });
    expect(parseLatencySetting('800')).toEqual({ mode: 'fixed', ms: 800 });
    expect(parseLatencySetting(null)).toEqual({ mode: 'realistic' });
    expect(parseLatencySetting('nonsense')).toEqual({ mode: 'realistic' });
  });

  it('jitters realistic latency within 150–450 ms, reproducibly for a seed', () => {
    // given two generators with the same seed
    const first = seededRandom(42);
    const second = seededRandom(42);
    // when drawing a hundred latencies from each
    const a = Array.from({ length: 100 }, () => latencyFor({ mode: 'realistic' }, first));
    const b = Array.from({ length: 100 }, () => latencyFor({ mode: 'realistic' }, second));
    // then they agree, stay in range and are not constant
    expect(a).toEqual(b);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(latencyRange.min);
    expect(Math.max(...a)).toBeLessThanOrEqual(latencyRange.max);
    expect(new Set(a).size).toBeGreaterThan(50);
  });
});

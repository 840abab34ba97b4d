import { seededRandom } from '../../latency';

/**
 * A seeded random source with the draws the generators need. Each stage of the generation gets
 * its own stream, derived from the stage's name, so adding a business never moves a person's
 * birthday: streams are independent, and the same seed gives the same data on every machine.
 */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One value, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A string of `length` decimal digits (leading zeros allowed). */
  digits(length: number): string;
  /** A roughly normal draw (sum of three uniforms), clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number;
}

/** The one seed of the synthetic population. Change it and every record changes. */
export const populationSeed = 0x5eed_2025;

/** FNV-1a over a label: a stable 32-bit seed per stage. */
export function hashSeed(label: string, seed: number = populationSeed): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i += 1) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Running totals of a (long, constant) weight table, cached: wards and surnames are drawn thousands of times. */
const cumulativeCache = new WeakMap<object, readonly number[]>();
function cumulativeWeights(entries: readonly (readonly [unknown, number])[]): readonly number[] {
  let cumulative = cumulativeCache.get(entries);
  if (!cumulative) {
    let total = 0;
    cumulative = entries.map(([, weight]) => (total += weight));
    cumulativeCache.set(entries, cumulative);
  }
  return cumulative;
}

export function createRng(label: string, seed: number = populationSeed): Rng {
  const next = seededRandom(hashSeed(label, seed));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      if (entries.length <= 8) {
        let draw = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
        for (const [value, weight] of entries) {
          draw -= weight;
          if (draw < 0) return value;
        }
        return pick(entries)[0];
      }
      const cumulative = cumulativeWeights(entries);
      const draw = next() * (cumulative[cumulative.length - 1] ?? 0);
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((cumulative[mid] ?? 0) > draw) high = mid;
        else low = mid + 1;
      }
      const entry = entries[low] ?? pick(entries);
      return entry[0];
    },
    digits: (length) => {
      let text = '';
      for (let left = length; left > 0; left -= 8) {
        const width = Math.min(8, left);
        text += String(Math.floor(next() * 10 ** width)).padStart(width, '0');
      }
      return text;
    },
    around: (mean, spread, min, max) => {
      const value = mean + ((next() + next() + next()) / 1.5 - 1) * spread;
      return Math.min(max, Math.max(min, Math.round(value)));
    },
  };
}

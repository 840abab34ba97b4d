import { delay } from 'msw';

/**
 * Real government systems answer in a few hundred milliseconds, and a UI that only ever meets
 * instant responses hides its spinners, races and double submits. So the mocks wait 150–450 ms,
 * jittered by a seeded generator (the same sequence on every page load, so a demo or a bug
 * report replays alike). None under vitest. E2E runs switch it off with `?mockLatency=0` (kept
 * in localStorage, so it survives in-app navigation) or pin it with `?mockLatency=800`;
 * `?mockLatency=realistic` restores the default.
 */
export const latencyRange = { min: 150, max: 450 } as const;
export const latencyStorageKey = 'mockLatency';
const latencySeed = 0x6b61_6973; // any constant: reproducible jitter

export type LatencySetting = { mode: 'off' } | { mode: 'fixed'; ms: number } | { mode: 'realistic' };

/** `0`/`off` → off, a number of ms → fixed, anything else → realistic. */
export function parseLatencySetting(raw: string | null | undefined): LatencySetting {
  const text = raw?.trim().toLowerCase();
  if (text === undefined || text === '' || text === 'realistic') return { mode: 'realistic' };
  if (text === 'off' || text === '0') return { mode: 'off' };
  const ms = Number(text);
  return Number.isFinite(ms) && ms > 0 ? { mode: 'fixed', ms: Math.round(ms) } : { mode: 'realistic' };
}

/** mulberry32: a tiny, good-enough seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Milliseconds to wait for one response under a setting. */
export function latencyFor(setting: LatencySetting, random: () => number): number {
  if (setting.mode === 'off') return 0;
  if (setting.mode === 'fixed') return setting.ms;
  return Math.round(latencyRange.min + random() * (latencyRange.max - latencyRange.min));
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(latencyStorageKey) ?? null;
  } catch {
    return null; // storage disabled (private mode, sandboxed frame): keep the default
  }
}

function store(value: string): void {
  try {
    globalThis.localStorage?.setItem(latencyStorageKey, value);
  } catch {
    // storage disabled: the URL flag still applies to this page
  }
}

/** The setting in force: none under vitest, else the URL flag (remembered), else localStorage. */
export function currentLatencySetting(): LatencySetting {
  if (import.meta.env.MODE === 'test') return { mode: 'off' };
  const fromUrl = new URLSearchParams(globalThis.location?.search ?? '').get(latencyStorageKey);
  if (fromUrl !== null) {
    store(fromUrl);
    return parseLatencySetting(fromUrl);
  }
  return parseLatencySetting(readStored());
}

const random = seededRandom(latencySeed);

/**
 * Awaited by every handler before it answers. `extraMs` models work proportional to the request
 * (an upload's transfer time), added only when latency is on.
 */
export async function mockLatency(extraMs = 0): Promise<void> {
  const ms = latencyFor(currentLatencySetting(), random);
  if (ms > 0) await delay(ms + Math.max(0, Math.round(extraMs)));
}

import { delay, HttpResponse } from 'msw';
import { z } from '@/lib/zod';
import type { ApiErrorBody } from '@/lib/api-contract/errors';

/**
 * Fault switches: each mocked system can be made to fail the way real ones do, so a tester can
 * see what a citizen sees when the population database is down (503), hangs (no answer at all)
 * or crawls (an answer after 8 s, past most client timeouts). Set them from the URL
 * (`?faults=dan-cu:error,y-te:slow`, `?faults=none` clears), from the tester panel, or from code.
 * The setting survives reloads (localStorage), as a tester expects while reproducing a bug.
 */
export const faultSources = ['dan-cu', 'ho-tich', 'y-te', 'bhxh', 'dkkd', 'dat-dai', 'gplx', 'kho-du-lieu', 'ho-so', 'ban-nhap', 'vneid'] as const;
export type FaultSource = (typeof faultSources)[number];

/** `flaky`: every other request fails with 503, like a weak mobile connection or a busy gateway. */
export const faultModes = ['none', 'error', 'flaky', 'timeout', 'slow'] as const;
export type FaultMode = (typeof faultModes)[number];

/** How late a `slow` system answers. */
export const slowFaultMs = 8000;
export const faultsStorageKey = 'mockFaults';
export const faultsUrlParam = 'faults';

const faultSourceSchema = z.enum(faultSources);
const faultModeSchema = z.enum(faultModes);
const storedFaultsSchema = z.partialRecord(faultSourceSchema, faultModeSchema);
export type Faults = z.infer<typeof storedFaultsSchema>;

/**
 * `dan-cu:error,y-te:slow` → `{ 'dan-cu': 'error', 'y-te': 'slow' }`; `none` (or an empty
 * value) → no faults. Unknown sources or modes are skipped: a typo must not break the page.
 */
export function parseFaults(raw: string): Faults {
  const faults: Faults = {};
  for (const entry of raw.split(',')) {
    const [source, mode] = entry.trim().toLowerCase().split(':');
    const parsedSource = faultSourceSchema.safeParse(source);
    const parsedMode = faultModeSchema.safeParse(mode);
    if (parsedSource.success && parsedMode.success && parsedMode.data !== 'none') {
      faults[parsedSource.data] = parsedMode.data;
    }
  }
  return faults;
}

function readStored(): Faults {
  try {
    const raw = globalThis.localStorage?.getItem(faultsStorageKey);
    const parsed = storedFaultsSchema.safeParse(raw ? JSON.parse(raw) : {});
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // storage disabled or garbage stored: no faults
  }
}

function store(faults: Faults): void {
  try {
    if (Object.keys(faults).length === 0) globalThis.localStorage?.removeItem(faultsStorageKey);
    else globalThis.localStorage?.setItem(faultsStorageKey, JSON.stringify(faults));
  } catch {
    // storage disabled: the faults hold for this page only
  }
}

let current: Faults | undefined;

/**
 * Reads `?faults=` once (the worker's start calls it; the first fault check does otherwise):
 * the URL's list replaces the stored one. Later in-app navigation drops the query string, and
 * the panel's changes must not be overridden by a URL read again on every request.
 */
export function loadFaultsFromUrl(search: string = globalThis.location?.search ?? ''): Faults {
  const raw = new URLSearchParams(search).get(faultsUrlParam);
  current = raw === null ? readStored() : parseFaults(raw);
  if (raw !== null) store(current);
  return { ...current };
}

/** The faults in force, per source (sources without a fault are absent). */
export const currentFaults = (): Faults => ({ ...(current ?? loadFaultsFromUrl()) });

export const faultOf = (source: FaultSource): FaultMode => currentFaults()[source] ?? 'none';

export function setFault(source: FaultSource, mode: FaultMode): void {
  const next = currentFaults();
  if (mode === 'none') delete next[source];
  else next[source] = mode;
  current = next;
  store(next);
}

/** Removes every fault (tests call it in `afterEach`; the panel's reset button too). */
export function clearFaults(): void {
  current = {};
  flakyCalls.clear();
  store(current);
}

/** Seconds a client is told to wait before retrying a system that is down. */
const retryAfterSeconds = 30;

/**
 * Called by a handler once the request is accepted: a Response to answer with instead (503),
 * or `undefined` to go on — at once, after the slow delay, or never (timeout).
 */
const flakyCalls = new Map<FaultSource, number>();

export async function applyFault(source: FaultSource): Promise<HttpResponse<ApiErrorBody> | undefined> {
  const mode = faultOf(source);
  if (mode === 'flaky') {
    const calls = (flakyCalls.get(source) ?? 0) + 1;
    flakyCalls.set(source, calls);
    if (calls % 2 === 0) return undefined;
  }
  switch (mode) {
    case 'none':
      return undefined;
    case 'error':
    case 'flaky':
      return HttpResponse.json<ApiErrorBody>(
        { code: 'service-unavailable', message: `The ${source} system is unavailable (simulated fault)` },
        { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } },
      );
    case 'timeout':
      await delay('infinite');
      return undefined;
    case 'slow':
      await delay(slowFaultMs);
      return undefined;
  }
}

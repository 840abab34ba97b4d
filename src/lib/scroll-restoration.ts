import { useLayoutEffect, useRef } from 'react';
import { useLocationProperty } from 'wouter/use-browser-location';

/**
 * Where each history entry was scrolled, so Back returns the citizen to where they were in a long
 * list, while a new page starts at its top (or at the element its `#hash` names). The browser's
 * own restoration is switched off: it runs before the new page has rendered.
 */
const storageKey = 'bmdt.scroll';
const initialEntry = 'initial';

const entryKey = (state: unknown): string =>
  typeof state === 'object' && state !== null && 'key' in state && typeof state.key === 'string' ? state.key : initialEntry;

const readPositions = (): Map<string, number> => {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
    return new Map(Array.isArray(stored) ? (stored as [string, number][]) : []);
  } catch {
    return new Map();
  }
};

const positions = readPositions();
/** The entry on screen: the one being left when the history changes. */
let shownEntry = typeof history === 'undefined' ? initialEntry : entryKey(history.state);
let arrivedByBackOrForward = false;

/** Notes the scroll of the entry being left; called before every in-app navigation. */
export function rememberScrollPosition(): void {
  positions.set(shownEntry, scrollY);
}

if (typeof window !== 'undefined') {
  // Runs before the new entry renders: React applies the location change after this event.
  addEventListener('popstate', () => {
    rememberScrollPosition();
    arrivedByBackOrForward = true;
  });
  // A reload restores the position too.
  addEventListener('pagehide', () => {
    rememberScrollPosition();
    try {
      sessionStorage.setItem(storageKey, JSON.stringify([...positions].slice(-50)));
    } catch {
      // Storage full or disabled: positions last for this page only.
    }
  });
}

/** Stops waiting to restore a position (a new navigation, the citizen scrolling, time up). */
let stopRestoring = (): void => undefined;

/**
 * Scrolls to `y`, and if the page is not yet tall enough (its data still loading) scrolls again
 * as it grows, until it gets there, the citizen scrolls themselves, or a few seconds pass.
 */
function restorePosition(y: number): void {
  scrollTo(0, y);
  if (scrollY >= y - 1 || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    scrollTo(0, y);
    if (scrollY >= y - 1) stopRestoring();
  });
  const userScrolls = ['wheel', 'touchstart', 'keydown'] as const;
  const timer = setTimeout(() => stopRestoring(), 5000);
  stopRestoring = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const event of userScrolls) removeEventListener(event, stopRestoring);
    stopRestoring = () => undefined;
  };
  observer.observe(document.body);
  for (const event of userScrolls) addEventListener(event, stopRestoring, { passive: true });
}

const currentEntry = () => entryKey(history.state);
const currentHref = () => location.href;

/** Scrolls each entry to its remembered place, its `#hash` target, or its top; used once, by the layout. */
export function useScrollRestoration(): void {
  const entry = useLocationProperty(currentEntry);
  const href = useLocationProperty(currentHref);
  const mounted = useRef(false);
  useLayoutEffect(() => {
    history.scrollRestoration = 'manual';
  }, []);
  useLayoutEffect(() => {
    stopRestoring();
    const remembered = positions.get(entry);
    const firstRender = !mounted.current;
    mounted.current = true;
    if ((arrivedByBackOrForward || firstRender) && remembered !== undefined) restorePosition(remembered);
    else if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    else if (!firstRender) scrollTo(0, 0);
    shownEntry = entry;
    arrivedByBackOrForward = false;
  }, [entry, href]);
}

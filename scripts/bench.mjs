// `npm run bench`: the cross-engine benchmark of ../shared/BENCH-CONTRACT.md, run on our engine.
// Builds the production app (no mocks) into dist-bench/, serves it with `vite preview`, drives the
// system Chromium through /bench?fields=N (cold loads, CPU unthrottled and 4× throttled) and
// writes bench-results/bench.md and bench-results/bench.json, plus the gzip size of each route.
// A benchmark, not a test: it asserts nothing and is not part of `npm test`.
//
// Environment: BENCH_FIELDS=50,200,1000  BENCH_RUNS=5  BENCH_SLOW_RUNS=3 (1000 fields at 4×)
//              BENCH_SKIP_BUILD=1 (reuse dist-bench/)  CHROMIUM=/usr/bin/chromium
/* global window, document, requestAnimationFrame, addEventListener, MutationObserver -- in-page probes run in the browser */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist-bench');
const outDir = join(root, 'bench-results');
const SIZES = (process.env.BENCH_FIELDS ?? '50,200,1000').split(',').map(Number);
const THROTTLES = [1, 4];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3);
const KEYSTROKES = 30;
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 720 };

/** The budgets of issue 9 (N = 1000 on this machine). */
const BUDGETS = {
  renderMs: { 1: 900, 4: 3000 },
  keystrokeMs: { 1: 10, 4: 32 },
  validateAllMs: 300,
  heapMb: 12,
  benchKb: 150,
  citizenKb: 170,
};

const log = (...args) => console.log('[bench]', ...args);

// ---------------------------------------------------------------- build and sizes

function build() {
  const env = { ...process.env };
  delete env.VITE_ENABLE_MSW; // the production build: no mocks, no service worker
  const result = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'dist-bench', '--emptyOutDir', '--manifest', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit', env },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

/** gzip at level 6, what static servers (nginx, Caddy) send by default. */
const gzipKb = (file) => gzipSync(readFileSync(join(distDir, file)), { level: 6 }).length / 1024;

/** JS and CSS each route needs, from Vite's manifest: the entry's static graph plus the route chunk's. */
function routeSizes() {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'));
  // Classic scripts a page loads besides its entry (the zod jitless switch).
  const htmlScripts = (page) =>
    [...readFileSync(join(distDir, page), 'utf8').matchAll(/<script src="\/([^"]+)"/g)].map((m) => m[1]);
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) closure(imported, files);
    return files;
  };
  const entry = closure('index.html', new Set(htmlScripts('index.html')));
  const measure = (files) => {
    const list = [...files];
    const js = list.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipKb(f), 0);
    const css = list.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gzipKb(f), 0);
    return { files: list.sort(), jsKb: round(js), cssKb: round(css), totalKb: round(js + css) };
  };
  const formRoute = 'src/app/routes/form-session-route.tsx';
  const routes = {
    [`citizen's first form page: entry + ${formRoute}`]: measure(closure(formRoute, new Set(entry))),
    'entry: the app shell every page loads (router, header, sign-in state, form engine)': measure(entry),
    'entry: /bench (bench.html: the renderer and fields alone)': measure(closure('bench.html', new Set(htmlScripts('bench.html')))),
  };
  // Every page's own chunk (src/app routes, the sign-in pages), loaded on top of the entry.
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || !/^src\/(app|identity)\//.test(key)) continue;
    const all = new Set([...entry, ...closure(key)]);
    routes[`page: ${key}`] = { ...measure(all), ownKb: round([...closure(key)].filter((f) => !entry.has(f)).reduce((s, f) => s + gzipKb(f), 0)) };
  }
  const chunks = Object.values(manifest).map((chunk) => ({ file: chunk.file, gzipKb: round(gzipKb(chunk.file)) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return { routes, chunks };
}

// ---------------------------------------------------------------- server

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startPreview() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', 'dist-bench', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(origin)).ok) return { origin, child };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

// ---------------------------------------------------------------- in-page probes

/**
 * Installed before the app's scripts. `__benchReady` becomes a setter (the contract says the page
 * assigns it) so the moment it is set and the next paint are both recorded; every keydown records
 * the time from the event to the paint after it (rAF, then a task: the frame has been produced).
 */
function probes() {
  const bench = { readyAt: 0, paintedAt: 0, keys: [], waiters: [] };
  window.__bench = bench;
  let ready;
  const afterPaint = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));
  Object.defineProperty(window, '__benchReady', {
    configurable: true,
    get: () => ready,
    set(value) {
      ready = value;
      if (value && !bench.readyAt) {
        bench.readyAt = performance.now();
        afterPaint(() => (bench.paintedAt = performance.now()));
      }
    },
  });
  addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    afterPaint(() => {
      bench.keys.push(performance.now() - start);
      bench.waiters = bench.waiters.filter(([count, resolve]) => (bench.keys.length >= count ? (resolve(), false) : true));
    });
  }, true);
  bench.waitKeys = (count) => new Promise((resolve) => (bench.keys.length >= count ? resolve() : bench.waiters.push([count, resolve])));
}

/** Clicks submit and resolves once N errors are in the DOM and painted. */
function validateAll({ n, errorSel, submitSel }) {
  return new Promise((resolve, reject) => {
    const count = () => document.querySelectorAll(errorSel).length;
    const start = performance.now();
    const timer = setTimeout(() => reject(new Error(`only ${count()} of ${n} errors after 60 s`)), 60_000);
    const observer = new MutationObserver(() => {
      if (count() < n) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        clearTimeout(timer);
        resolve({ ms: performance.now() - start, errors: count() });
      }, 0));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    document.querySelector(submitSel).click();
  });
}

// ---------------------------------------------------------------- one cold load

const taskSeconds = async (cdp) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
};

async function typeInto(page, cdp, selector, already) {
  await page.focus(selector);
  const before = await taskSeconds(cdp);
  for (let i = 1; i <= KEYSTROKES; i++) {
    await page.keyboard.press('a');
    await page.evaluate((count) => window.__bench.waitKeys(count), already + i);
  }
  const cpuMs = ((await taskSeconds(cdp)) - before) * 1000 / KEYSTROKES;
  const times = await page.evaluate(([from, to]) => window.__bench.keys.slice(from, to), [already, already + KEYSTROKES]);
  return { medianMs: median(times), cpuMs };
}

async function coldLoad(browser, origin, n, throttle) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(probes);
  const assets = new Set();
  const otherRequests = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && /\.(js|css)$/.test(url.pathname)) assets.add(url.pathname.slice(1));
    else if (url.origin !== origin || !['document'].includes(request.resourceType())) otherRequests.push(request.url());
  });
  try {
    await page.goto(`${origin}/bench?fields=${n}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__bench.paintedAt > 0, null, { timeout: 120_000, polling: 100 });
    const timing = await page.evaluate(() => ({
      renderMs: window.__bench.paintedAt,
      readyMs: window.__bench.readyAt,
      convertMs: performance.getEntriesByName('bench:convert')[0]?.duration ?? null,
      fields: document.querySelectorAll('[data-field]').length,
    }));
    if (timing.fields !== n) throw new Error(`expected ${n} [data-field], found ${timing.fields}`);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const last = `[name="f${String(n).padStart(4, '0')}"]`;
    const first = await typeInto(page, cdp, '[name="f0001"]', 0);
    const lastKey = await typeInto(page, cdp, last, KEYSTROKES);
    // Back to the untouched form, so submitting shows every field's error.
    await page.fill('[name="f0001"]', '');
    await page.fill(last, '');
    const validation = await page.evaluate(validateAll, { n, errorSel: '[data-field-error]', submitSel: 'form [type=submit]' });
    if (validation.errors !== n) throw new Error(`expected ${n} errors, found ${validation.errors}`);
    return {
      ...timing,
      heapMb: usedSize / 1024 / 1024,
      keyFirstMs: first.medianMs,
      keyLastMs: lastKey.medianMs,
      cpuPerKeyMs: (first.cpuMs + lastKey.cpuMs) / 2,
      validateAllMs: validation.ms,
      assets: [...assets].sort(),
      otherRequests,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- statistics and report

const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
const summary = (values) => ({ median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) });
const cell = (s, digits = 1) =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

const METRICS = [
  ['renderMs', 'render → painted (ms)', 0],
  ['keyFirstMs', 'key → paint, first (ms)', 1],
  ['keyLastMs', 'key → paint, last (ms)', 1],
  ['cpuPerKeyMs', 'CPU / key (ms)', 2],
  ['validateAllMs', 'validate-all (ms)', 0],
  ['heapMb', 'JS heap (MB)', 1],
  ['convertMs', 'spec → schema (ms)', 1],
];

function markdown(report) {
  const lines = [];
  lines.push(`# Benchmark: /bench?fields=N`, '');
  lines.push(`${report.date} · ${report.machine} · Chromium ${report.browser} headless, ${VIEWPORT.width}×${VIEWPORT.height} · ` +
    `cold loads (fresh context each) · median (min–max) · keystrokes: median of ${KEYSTROKES} per load · command: \`npm run bench\``, '');
  lines.push(`Machine speed (a fixed JavaScript workload in the same browser, lower is faster): ${report.machineSpeed.beforeMs} ms before the runs, ` +
    `${report.machineSpeed.afterMs} ms after. Timings of two runs compare only when these agree.`, '');
  lines.push(`| N | CPU | loads | JS+CSS gzip (KB) | ${METRICS.map(([, label]) => label).join(' | ')} |`);
  lines.push(`|---|---|---|---|${METRICS.map(() => '---').join('|')}|`);
  for (const row of report.results) {
    lines.push(`| ${row.n} | ${row.throttle}× | ${row.loads} | ${row.transferKb.toFixed(1)} | ` +
      `${METRICS.map(([key, , digits]) => cell(row.stats[key], digits)).join(' | ')} |`);
  }
  lines.push('', '## Route JavaScript and CSS (gzip -6, KB)', '', '| route | JS | CSS | total | own chunk(s) |', '|---|---|---|---|---|');
  for (const [route, size] of Object.entries(report.routes)) {
    lines.push(`| ${route} | ${size.jsKb.toFixed(1)} | ${size.cssKb.toFixed(1)} | ${size.totalKb.toFixed(1)} | ${size.ownKb === undefined ? '—' : size.ownKb.toFixed(1)} |`);
  }
  lines.push('', '## Budgets (N = 1000)', '', '| budget | limit | measured (median) | |', '|---|---|---|---|');
  for (const check of report.budgets) lines.push(`| ${check.name} | ${check.limit} | ${check.value} | ${check.met ? 'met' : '**missed**'} |`);
  lines.push('');
  return lines.join('\n');
}

function budgets(results, routes) {
  const at = (throttle) => results.find((row) => row.n === 1000 && row.throttle === throttle);
  const checks = [];
  const add = (name, limit, value, unit) =>
    value !== undefined && checks.push({ name, limit: `≤ ${limit} ${unit}`, value: `${value} ${unit}`, met: value <= limit });
  for (const throttle of THROTTLES) {
    const row = at(throttle);
    if (!row) continue;
    add(`render, ${throttle}×`, BUDGETS.renderMs[throttle], row.stats.renderMs.median, 'ms');
    add(`keystroke → paint (worse of first/last), ${throttle}×`, BUDGETS.keystrokeMs[throttle],
      Math.max(row.stats.keyFirstMs.median, row.stats.keyLastMs.median), 'ms');
    if (throttle === 1) {
      add('validate-all, 1×', BUDGETS.validateAllMs, row.stats.validateAllMs.median, 'ms');
      add('JS heap after render', BUDGETS.heapMb, row.stats.heapMb.median, 'MB');
      add('bench page JS+CSS gzip', BUDGETS.benchKb, row.transferKb, 'KB');
    }
  }
  const citizen = Object.entries(routes).find(([route]) => route.startsWith("citizen's first form page"));
  if (citizen) add("citizen's first form page JS+CSS gzip", BUDGETS.citizenKb, citizen[1].totalKb, 'KB');
  return checks;
}

// ---------------------------------------------------------------- main

/**
 * A fixed JavaScript workload (seeded objects, a sort, a JSON round trip) in the same browser:
 * how fast this shared machine is at the time of a run. Figures of two runs compare only when
 * these agree; a slower machine moves every timing, not one of them.
 */
async function machineSpeed(browser) {
  const page = await browser.newPage();
  const times = await page.evaluate(() => {
    const rounds = [];
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      let seed = 1;
      const values = [];
      for (let i = 0; i < 200_000; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        values.push({ id: i, value: seed });
      }
      values.sort((a, b) => a.value - b.value);
      JSON.parse(JSON.stringify(values.slice(0, 50_000)));
      rounds.push(performance.now() - started);
    }
    return rounds;
  });
  await page.close();
  return round(median(times), 0);
}

async function main() {
  const started = Date.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('building the production app into dist-bench/ …');
    build();
  }
  const { routes, chunks } = routeSizes();
  const { origin, child } = await startPreview();
  // Frames are produced as soon as there is work, not at the next 60 Hz tick: otherwise every
  // "key → paint" reads the random wait for vsync (0–16.7 ms) rather than the engine's work.
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: process.env.BENCH_VSYNC === '1' ? [] : ['--disable-frame-rate-limit', '--disable-gpu-vsync'],
  });
  const browserVersion = browser.version();
  const results = [];
  const speed = { beforeMs: await machineSpeed(browser), afterMs: 0 };
  log(`machine speed: fixed workload ${speed.beforeMs} ms`);
  try {
    for (const n of SIZES) {
      for (const throttle of THROTTLES) {
        const loads = n >= 1000 && throttle > 1 ? Math.min(RUNS, SLOW_RUNS) : RUNS;
        const runs = [];
        for (let i = 0; i < loads; i++) {
          runs.push(await coldLoad(browser, origin, n, throttle));
          log(`N=${n} ${throttle}× load ${i + 1}/${loads}: render ${round(runs.at(-1).renderMs, 0)} ms, ` +
            `key ${round(runs.at(-1).keyFirstMs)}/${round(runs.at(-1).keyLastMs)} ms, validate ${round(runs.at(-1).validateAllMs, 0)} ms`);
        }
        const stats = Object.fromEntries(METRICS.map(([key]) => [key, summary(runs.map((run) => run[key]))]));
        const transferKb = round(runs[0].assets.reduce((sum, file) => sum + gzipKb(file), 0));
        results.push({ n, throttle, loads, transferKb, assets: runs[0].assets, otherRequests: runs[0].otherRequests, stats, runs });
      }
    }
    speed.afterMs = await machineSpeed(browser);
  } finally {
    await browser.close();
    child.kill();
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${round(os.totalmem() / 2 ** 30)} GB`,
    browser: browserVersion,
    machineSpeed: speed,
    seconds: Math.round((Date.now() - started) / 1000),
    results,
    routes,
    chunks,
  };
  report.budgets = budgets(results, routes);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(outDir, 'bench.md'), markdown(report));
  console.log('\n' + markdown(report));
  log(`done in ${report.seconds} s → bench-results/bench.md, bench-results/bench.json`);
}

await main();

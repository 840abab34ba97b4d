// `npm run lighthouse`: Lighthouse (mobile preset: simulated slow 4G, 4× CPU) on the system
// Chromium, performance and accessibility. The production build (no mocks) serves the form page
// (/bench?fields=50: the shipped renderer and bundle, no sign-in, no API) and the catalogue shell;
// the mock build serves the catalogue and a procedure page with their data (its MSW worker and
// mock chunk make its performance figure pessimistic). Writes bench-results/lighthouse.md.
//
// Lighthouse is not a project dependency (about 110 packages); it is resolved from node_modules
// or from .tmp-tools/lh (`npm install --prefix .tmp-tools/lh lighthouse`), else this script says so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = ['node_modules/lighthouse/cli/index.js', '.tmp-tools/lh/node_modules/lighthouse/cli/index.js']
  .map((path) => join(root, path))
  .find(existsSync);
if (!cli) {
  console.error('[lighthouse] not installed: npm install --prefix .tmp-tools/lh lighthouse');
  process.exit(1);
}

function build(outDir, mocks) {
  const env = { ...process.env };
  if (mocks) env.VITE_ENABLE_MSW = 'true';
  else delete env.VITE_ENABLE_MSW;
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`vite build (${outDir}) failed`);
}

async function serve(outDir, port) {
  const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

function lighthouse(url) {
  const output = join(root, '.tmp-tools/lighthouse-last.json');
  const result = spawnSync(process.execPath, [cli, url, '--only-categories=performance,accessibility', '--output=json',
    `--output-path=${output}`, '--quiet', '--chrome-flags=--headless=new --no-sandbox'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (id) => report.audits[id]?.displayValue ?? '—';
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

const prod = '.tmp-tools/dist-lh-prod';
const mock = '.tmp-tools/dist-lh-mock';
build(prod, false);
build(mock, true);
const servers = [await serve(prod, 4181), await serve(mock, 4182)];
const pages = [
  ['form page (production): /bench?fields=50', 'http://127.0.0.1:4181/bench?fields=50'],
  ['catalogue shell (production, no API behind it): /', 'http://127.0.0.1:4181/'],
  ['catalogue (mock build): /', 'http://127.0.0.1:4182/'],
  ['procedure page (mock build): /thu-tuc/dang-ky-khai-sinh', 'http://127.0.0.1:4182/thu-tuc/dang-ky-khai-sinh'],
];
const rows = [];
try {
  for (const [name, url] of pages) {
    const result = lighthouse(url);
    rows.push({ name, ...result });
    console.log(`[lighthouse] ${name}: performance ${result.performance}, accessibility ${result.accessibility}`);
  }
} finally {
  for (const server of servers) server.kill();
}
const lines = [
  '# Lighthouse (mobile preset), system Chromium',
  '',
  `${new Date().toISOString()} · command: \`npm run lighthouse\` · budgets: performance ≥ 95, accessibility 100`,
  '',
  '| page | performance | accessibility | FCP | LCP | TBT | CLS |',
  '|---|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`),
  '',
];
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/lighthouse.md'), lines.join('\n'));
console.log(lines.join('\n'));

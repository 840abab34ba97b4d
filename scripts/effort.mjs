// `npm run effort`: for each published procedure filled by its typical persona (the persona tests
// of tests/unit/procedures), the number of fields, the share pre-filled and the Keystroke-Level-
// Model prediction of login→submit with and without auto-fill, against the 8- and 5-minute
// targets of QĐ 1565/QĐ-TTg. Prints a table and writes reports/effort.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'effort-'));
const tests = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/procedures', '--reporter=dot'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, EFFORT_REPORT_DIR: dir },
});
if (tests.status !== 0) console.error('[effort] some persona tests failed: their procedures may be missing below');

const rows = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')))
  .sort((a, b) => a.formId.localeCompare(b.formId));
rmSync(dir, { recursive: true, force: true });

// The table is formatted by the same (unit-tested) code, loaded through vite's SSR build like the openapi script.
const build = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--ssr', 'scripts/format-effort.ts', '--outDir', 'dist-tools', '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const { formatEffortTable } = await import(join(root, 'dist-tools/format-effort.js'));
console.log(formatEffortTable(rows));
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/effort.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(`\n${rows.length} procedures; wrote reports/effort.json`);
process.exit(tests.status === 0 ? 0 : 1);

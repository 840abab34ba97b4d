// Builds the app with MSW enabled into dist-e2e/ (prod dist/ stays untouched), then runs the
// Playwright suite, whose webServer previews dist-e2e/. Extra arguments go to `playwright test`
// (e.g. `npm run test:e2e -- smoke.spec.ts`). Set E2E_SKIP_BUILD=1 to reuse the last build.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(label, args, env = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.error) {
    console.error(`[e2e] ${label} could not start:`, result.error);
    return 1;
  }
  if (result.signal) {
    console.error(`[e2e] ${label} killed by ${result.signal}`);
    return 1;
  }
  return result.status ?? 1;
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  const built = run(
    'vite build',
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', 'dist-e2e', '--emptyOutDir'],
    { VITE_ENABLE_MSW: 'true' },
  );
  if (built !== 0) process.exit(built);
}

process.exit(run('playwright test', ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)]));

// `npm run bench:bundle`: what the JavaScript of the citizen's first form page is made of (the
// entry plus the form session's route chunk). Builds the production app with source maps into
// .tmp-tools/dist-composition/, attributes every minified byte of those chunks to the package or
// source folder it came from, and prints the largest contributors with an estimated gzip share
// (the chunk's gzip ratio applied to each part). Writes bench-results/bundle-composition.md
// (BUNDLE_ENTRY=bench.html: the benchmark page's instead, into bundle-composition-bench.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.tmp-tools/dist-composition');

const env = { ...process.env };
delete env.VITE_ENABLE_MSW;
const built = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--sourcemap', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit', env },
);
if (built.status !== 0) process.exit(built.status ?? 1);

const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
const entryKey = process.env.BUNDLE_ENTRY ?? 'index.html';
/** The route chunk loaded with the citizen entry for a form page. */
const formRoute = 'src/app/routes/form-session-route.tsx';
const closure = (key, files = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
};

/** Which bucket a source file belongs to. */
function group(source) {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/\?.*$/, '');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `npm: ${pkg[1]}`;
  // BUNDLE_DETAIL=1: every source file on its own row.
  if (process.env.BUNDLE_DETAIL && path.startsWith('src/')) return path;
  if (/\/locales\/|\.messages\.ts$|messages\.ts$/.test(path)) return 'i18n texts (Vietnamese; English only when chosen)';
  if (/\.config\.ts$/.test(path)) return 'field config schemas (zod)';
  const src = path.match(/^src\/([^/]+)(?:\/([^/]+)\/)?/);
  if (src) return src[1] === 'fields' && src[2] ? `src/fields (renderers, parsing)` : `src/${src[1]}`;
  return path.startsWith('\u0000') || path === '' ? '(bundler runtime)' : path;
}

const totals = new Map();
let minified = 0;
let gzipped = 0;
const files = entryKey === 'index.html' ? closure(formRoute, closure(entryKey)) : closure(entryKey);
for (const file of files) {
  const code = readFileSync(join(outDir, file), 'utf8');
  const ratio = gzipSync(code, { level: 6 }).length / Buffer.byteLength(code);
  minified += Buffer.byteLength(code);
  gzipped += gzipSync(code, { level: 6 }).length;
  const lines = code.split('\n');
  const mapFile = join(outDir, `${file}.map`);
  const mappings = [];
  // The bundler's own tiny runtime chunk has no map; its bytes count as unmapped.
  if (existsSync(mapFile)) {
    const consumer = new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')));
    consumer.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  }
  let attributed = 0;
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const bytes = Buffer.byteLength(line.slice(m.generatedColumn, end));
    attributed += bytes;
    const key = m.source ? group(m.source) : '(unmapped)';
    const entry = totals.get(key) ?? { bytes: 0, gzip: 0 };
    entry.bytes += bytes;
    entry.gzip += bytes * ratio;
    totals.set(key, entry);
  });
  const rest = Buffer.byteLength(code) - attributed;
  const entry = totals.get('(unmapped)') ?? { bytes: 0, gzip: 0 };
  totals.set('(unmapped)', { bytes: entry.bytes + rest, gzip: entry.gzip + rest * ratio });
}

const rows = [...totals].sort((a, b) => b[1].bytes - a[1].bytes);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const lines = [
  `# What the JavaScript of ${entryKey === 'index.html' ? "the citizen's first form page" : entryKey} is made of`,
  '',
  `Chunks${entryKey === 'index.html' ? ` (the entry and ${formRoute})` : ''}: ${kb(minified)} KB minified, ${kb(gzipped)} KB gzip. gzip per part is estimated (chunk ratio × bytes).`,
  '',
  '| part | minified KB | ≈ gzip KB | share |',
  '|---|---|---|---|',
  ...rows
    .filter(([, size]) => size.bytes >= 1024)
    .map(([name, size]) => `| ${name} | ${kb(size.bytes)} | ${kb(size.gzip)} | ${((100 * size.bytes) / minified).toFixed(1)} % |`),
  '',
];
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, `bench-results/bundle-composition${entryKey === 'index.html' ? '' : '-bench'}.md`), lines.join('\n'));
console.log(lines.join('\n'));

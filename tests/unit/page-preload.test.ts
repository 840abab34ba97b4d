import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageRoute } from '@/app/page-routes';
import { pageFiles, preloadScript } from '../../scripts/page-preload';

type Bundle = Parameters<typeof pageFiles>[0];
type Chunk = Parameters<typeof pageFiles>[1];

const root = '/app';
/** A chunk of the build, with only what the plugin reads. */
const chunk = (fileName: string, modules: string[], imports: string[] = []) =>
  ({ type: 'chunk', fileName, imports, moduleIds: modules.map((module) => resolve(root, module)) }) as unknown as Chunk;

const entry = chunk('assets/main.js', ['src/main.tsx'], ['assets/react.js']);
const build = [
  entry,
  chunk('assets/react.js', ['node_modules/react/index.js']),
  chunk('assets/catalogue-route.js', ['src/app/catalogue/catalogue-route.tsx'], ['assets/react.js', 'assets/list.js']),
  chunk('assets/list.js', ['src/app/queries/form-list.ts']),
  chunk('assets/vi-catalogue.js', ['src/i18n/locales/vi/catalogue.ts']),
  chunk('assets/en-catalogue.js', ['src/i18n/locales/en/catalogue.ts']),
  chunk('assets/form-session-route.js', ['src/app/routes/form-session-route.tsx'], ['assets/list.js']),
  chunk('assets/field-texts.js', ['src/app/field-texts.ts']),
  chunk('assets/fields-en.js', ['src/fields/messages-en.ts']),
];
const bundle = Object.fromEntries(build.map((output) => [output.fileName, output])) as unknown as Bundle;
const routes: PageRoute[] = [
  { path: '/', page: './catalogue/catalogue-route.tsx', texts: ['catalogue'] },
  { path: '/bieu-mau/:formId/*?', page: './routes/form-session-route.tsx', texts: ['fields'] },
];

const filesOf = (table: ReturnType<typeof pageFiles>, route: number, language: 'vi' | 'en') => {
  const [, shared, vi, en] = table.routes[route] ?? ['', [], [], []];
  return [...shared, ...(language === 'vi' ? vi : en)].map((index) => table.files[index]);
};

describe('page preload (build)', () => {
  it('lists the page chunk, what it imports beyond the shell, and its texts in each language', () => {
    const table = pageFiles(bundle, entry, root, routes);

    expect(filesOf(table, 0, 'vi')).toEqual(['assets/catalogue-route.js', 'assets/list.js', 'assets/vi-catalogue.js']);
    expect(filesOf(table, 0, 'en')).toEqual(['assets/catalogue-route.js', 'assets/list.js', 'assets/en-catalogue.js']);
    expect(filesOf(table, 1, 'vi')).toEqual(['assets/form-session-route.js', 'assets/list.js', 'assets/field-texts.js']);
    // The field types' English is its own chunk: a Vietnamese citizen never fetches it.
    expect(filesOf(table, 1, 'en')).toEqual(['assets/form-session-route.js', 'assets/list.js', 'assets/field-texts.js', 'assets/fields-en.js']);
    // The shell's files are in the HTML already.
    expect(table.files).not.toContain('assets/react.js');
  });

  it('fails the build when a route names a module no chunk holds', () => {
    expect(() => pageFiles(bundle, entry, root, [{ path: '/x', page: './routes/gone-route.tsx' }])).toThrow(/gone-route\.tsx is in no chunk/);
  });
});

describe('page preload (in the browser)', () => {
  afterEach(() => {
    document.head.querySelectorAll('link').forEach((link) => link.remove());
    localStorage.clear();
    history.replaceState(null, '', '/');
  });

  const run = (path: string) => {
    history.replaceState(null, '', path);
    new Function(preloadScript('/base/', pageFiles(bundle, entry, root, routes)))();
    return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
  };

  it('preloads the files of the page in the address, in the citizen’s language', () => {
    expect(run('/bieu-mau/dang-ky-khai-sinh/buoc/cha-me')).toEqual(['/base/assets/form-session-route.js', '/base/assets/list.js', '/base/assets/field-texts.js']);
    document.head.querySelectorAll('link').forEach((link) => link.remove());
    localStorage.setItem('bmdt.language', 'en');
    expect(run('/')).toEqual(['/base/assets/catalogue-route.js', '/base/assets/list.js', '/base/assets/en-catalogue.js']);
  });

  it('preloads nothing for an address no page has', () => {
    expect(run('/khong-co-trang-nay/1')).toEqual([]);
  });
});

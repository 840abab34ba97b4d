import { resolve } from 'node:path';
import { parse } from 'regexparam';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { pageRoutes, type PageRoute, type PageText } from '../src/app/page-routes.ts';
import { languageStorageKey } from '../src/i18n/language-key.ts';
import { withScriptBeforeEntry } from './csp.ts';

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type Chunk = Extract<Bundle[string], { type: 'chunk' }>;

/** The module a page's text loads from (`loadTexts` in src/i18n/i18n.ts, `field-texts.ts`). */
const textModules = (text: PageText): Record<'vi' | 'en', string[]> =>
  text === 'fields'
    ? { vi: ['src/app/field-texts.ts'], en: ['src/app/field-texts.ts', 'src/fields/messages-en.ts'] }
    : { vi: [`src/i18n/locales/vi/${text}.ts`], en: [`src/i18n/locales/en/${text}.ts`] };

/** One route as the inline script reads it: pattern, then indexes into the file table, shared and per language. */
export type RouteFiles = [pattern: string, shared: number[], vi: number[], en: number[]];

/**
 * For every page route, the JavaScript files the page needs beyond the entry's (which the HTML
 * already preloads): the page's chunk and the chunks it imports, and its texts' chunks in each
 * language. Throws when a route's module is in no chunk, so the table cannot drift unnoticed.
 */
export function pageFiles(bundle: Bundle, entry: Chunk, root: string, routes: readonly PageRoute[] = pageRoutes) {
  const chunks = Object.values(bundle).filter((output): output is Chunk => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (chunk: Chunk, into = new Set<string>()): Set<string> => {
    if (into.has(chunk.fileName)) return into;
    into.add(chunk.fileName);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) closure(next, into);
    }
    return into;
  };
  const shell = closure(entry);
  const chunkOf = (module: string): Chunk => {
    const id = resolve(root, module);
    const found = chunks.find((chunk) => chunk.moduleIds.includes(id));
    if (!found) throw new Error(`page-preload: ${module} is in no chunk of the build`);
    return found;
  };
  const beyondShell = (modules: string[]) => [...new Set(modules.flatMap((module) => [...closure(chunkOf(module))]))].filter((file) => !shell.has(file));

  const files: string[] = [];
  const index = (file: string) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1);
  const table: RouteFiles[] = routes.map(({ path, page, texts = [] }) => {
    const code = beyondShell([`src/app/${page}`]);
    const inLanguage = (locale: 'vi' | 'en') => beyondShell(texts.flatMap((text) => textModules(text)[locale])).filter((file) => !code.includes(file));
    return [parse(path).pattern.source, code.map(index), inLanguage('vi').map(index), inLanguage('en').map(index)];
  });
  return { files, routes: table };
}

/**
 * The inline script: finds the route of the address (as the router will) and adds a
 * `<link rel="modulepreload">` for each of its files, in the citizen's language. Plain ES5, no
 * dependency; runs before the entry module, so the page's code downloads alongside the shell.
 */
export function preloadScript(base: string, { files, routes }: ReturnType<typeof pageFiles>): string {
  return `(function(){var F=${JSON.stringify(files)},R=${JSON.stringify(routes)},l;try{l=localStorage.getItem(${JSON.stringify(languageStorageKey)})}catch(e){}` +
    `for(var i=0;i<R.length;i++)if(new RegExp(R[i][0],"i").test(location.pathname)){var f=R[i][1].concat(R[i][l==="en"?3:2]);` +
    `for(var j=0;j<f.length;j++){var k=document.createElement("link");k.rel="modulepreload";k.crossOrigin="";k.href=${JSON.stringify(base)}+F[f[j]];document.head.appendChild(k)}return}})();`;
}

/**
 * Vite plugin (build): the page's code is requested with the app shell, not after it. Without it
 * a cold visit downloads the shell, runs it, and only then learns which page chunk to fetch: one
 * more round trip on a slow network before the page can show. Inserted before the entry script;
 * the Content-Security-Policy admits it by hash (`scripts/csp.ts`).
 */
export function pagePreloadPlugin(): Plugin {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'bmdt-page-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { path, bundle, chunk }) {
        // The citizen app's page only; the bench page is one form.
        if (path !== '/index.html' || !bundle || !chunk) return html;
        return withScriptBeforeEntry(html, preloadScript(base, pageFiles(bundle, chunk, root)));
      },
    },
  };
}

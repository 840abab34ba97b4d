import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of built apps, as a `<meta>` tag first in `<head>` (a static host
 * may not let us set headers). Build only: the dev server needs inline scripts and eval for HMR.
 *
 * A `<meta>` policy cannot carry `frame-ancestors`, `report-uri` or `sandbox`; the server in front
 * of the app must send `frame-ancestors 'none'` (or `X-Frame-Options: DENY`) as a header.
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined, inlineScriptHashes: readonly string[] = []): string {
  const apiOrigin = apiOrigins(apiBaseUrl);
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    // Our own bundles, and the inline scripts we wrote (by hash); no other inline script, no eval
    // (zod runs jitless, see `zodJitless` below).
    'script-src': ["'self'", ...inlineScriptHashes],
    // Our stylesheet only; React's style props go through the CSSOM, which CSP does not restrict.
    'style-src': ["'self'"],
    // The favicon is `data:,`; nothing else loads images from elsewhere.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...apiOrigin],
    // MSW's service worker in mock builds; a real build registers none.
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The API's origin when `VITE_API_BASE_URL` is a full URL; a path is covered by 'self'. */
function apiOrigins(apiBaseUrl: string | undefined): string[] {
  if (!apiBaseUrl || !/^https?:\/\//i.test(apiBaseUrl.trim())) return [];
  return [new URL(apiBaseUrl.trim()).origin];
}

/**
 * zod compiles object parsers with `new Function` when allowed, and probes for it on the first
 * parse; under this policy the probe is refused and reported as a violation. zod reads its config
 * from `globalThis.__zod_globalConfig`, and modules of shared chunks parse before any code of the
 * entry runs, so a classic script before the bundle switches the probe off. Inline (admitted by
 * its hash): a file would be one more request the page waits for before it runs.
 */
const zodJitless = 'globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true});';

/**
 * `html` with an inline script placed just before the entry module's tag: parsed before the bundle
 * runs, and before the stylesheets (a classic script after them would wait for them to load).
 */
export function withScriptBeforeEntry(html: string, source: string): string {
  const at = html.indexOf('<script type="module"');
  if (at < 0) throw new Error('No entry script in the page');
  return `${html.slice(0, at)}<script>${source}</script>\n    ${html.slice(at)}`;
}

/** The inline `<script>`s of a page (no attributes, so neither modules nor files). */
export const inlineScripts = (html: string): string[] => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');

/** A CSP source admitting exactly this inline script. */
export const scriptHash = (source: string): string => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/**
 * Vite plugin: in `vite build`, puts the zod switch before the entry script and the policy first in
 * `<head>`, admitting by hash every inline script the page has by then (`page-preload.ts`'s too:
 * list this plugin after the plugins that add inline scripts).
 */
export function cspPlugin(apiBaseUrl: string | undefined): Plugin {
  return {
    name: 'bmdt-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const withSwitch = withScriptBeforeEntry(html, zodJitless);
        const policy = contentSecurityPolicy(apiBaseUrl, inlineScripts(withSwitch).map(scriptHash));
        return withSwitch.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}">`);
      },
    },
  };
}

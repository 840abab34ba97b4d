import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of built apps, as a `<meta>` tag first in `<head>` (a static host
 * may not let us set headers). Build only: the dev server needs inline scripts and eval for HMR.
 *
 * A `<meta>` policy cannot carry `frame-ancestors`, `report-uri` or `sandbox`; the server in front
 * of the app must send `frame-ancestors 'none'` (or `X-Frame-Options: DENY`) as a header.
 */
export function contentSecurityPolicy(apiBaseUrl: string | undefined): string {
  const apiOrigin = apiOrigins(apiBaseUrl);
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    // Only our own bundles: no inline script, no eval (zod runs jitless, see `zodJitless` below).
    'script-src': ["'self'"],
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
 * entry runs, so a classic script loaded before the bundle switches the probe off.
 */
const zodJitless = {
  fileName: 'zod-jitless.js',
  source: 'globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });\n',
};

/** Vite plugin: prepends the policy and the zod switch to index.html in `vite build`. */
export function cspPlugin(apiBaseUrl: string | undefined): Plugin {
  let base = '/';
  return {
    name: 'bmdt-content-security-policy',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: zodJitless.fileName, source: zodJitless.source });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiBaseUrl) }, injectTo: 'head-prepend' },
        { tag: 'script', attrs: { src: `${base}${zodJitless.fileName}` }, injectTo: 'head' },
      ],
    },
  };
}

import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, scriptHash } from '../../scripts/csp';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((directive) => {
    const [name = '', ...sources] = directive.split(' ');
    return [name, sources];
  }));

describe('the Content-Security-Policy of built apps', () => {
  it('allows only the app’s own scripts, styles and connections, no plugins, no inline code, no eval', () => {
    const policy = directives(contentSecurityPolicy(undefined));
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['worker-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(contentSecurityPolicy(undefined)).not.toMatch(/unsafe-|\*/);
  });

  it('admits exactly the inline scripts the build wrote, by hash', () => {
    const html = '<head><script>boot()</script><script type="module" src="/a.js"></script><script>other()</script></head>';
    expect(inlineScripts(html)).toEqual(['boot()', 'other()']);
    const hashes = inlineScripts(html).map(scriptHash);
    expect(directives(contentSecurityPolicy(undefined, hashes))['script-src']).toEqual(["'self'", ...hashes]);
    // A script changed after the policy was written is no longer admitted.
    expect(scriptHash('boot()')).not.toEqual(scriptHash('boot();'));
    expect(scriptHash('boot()')).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('lets the app reach an API on another origin, and only that origin', () => {
    expect(directives(contentSecurityPolicy('https://api.dichvucong.example.vn/v1/'))['connect-src']).toEqual([
      "'self'",
      'https://api.dichvucong.example.vn',
    ]);
    expect(directives(contentSecurityPolicy('/bieu-mau/api'))['connect-src']).toEqual(["'self'"]);
  });
});

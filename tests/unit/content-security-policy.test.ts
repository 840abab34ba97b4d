import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/csp';

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

  it('lets the app reach an API on another origin, and only that origin', () => {
    expect(directives(contentSecurityPolicy('https://api.dichvucong.example.vn/v1/'))['connect-src']).toEqual([
      "'self'",
      'https://api.dichvucong.example.vn',
    ]);
    expect(directives(contentSecurityPolicy('/bieu-mau/api'))['connect-src']).toEqual(["'self'"]);
  });
});

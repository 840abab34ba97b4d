import { screen } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { server } from '@mocks/node';
import { makeFormSchema } from '../fixtures/make-form-schema';
import { renderApp } from '../utils/render-app';
import { signIn, signOut } from '../utils/sign-in';

/**
 * Personal data never travels in URLs (they end up in server logs, proxies, browser history and
 * Referer headers) and the access token never lands in localStorage (readable by any script of
 * the origin, and kept after the tab closes).
 */

/** Query parameters the app reads or writes, and why none of them carries personal data. */
const allowedQueryParameters: Record<string, string> = {
  tiep: 'path to return to after signing in',
  q: 'catalogue search words',
  'linh-vuc': 'catalogue topic filter',
  'co-quan': 'catalogue agency filter',
  'giao-dich': 'payment id (opaque, owner-checked by the API)',
  tu: 'where a form page was opened from (kiem-tra)',
  version: 'form schema version',
  kind: 'kinds of documents asked of the personal data store',
  lan: 'usability-test run id',
  ma: 'usability-test participant code (pseudonymous)',
  'bieu-mau': 'form id of a usability-test run',
  code: 'OAuth one-time authorization code (single use, short-lived)',
  state: 'OAuth CSRF state',
  error: 'OAuth error code',
  faults: 'mock builds only: switches data sources into failure modes',
  mockLatency: 'mock builds only: simulated latency',
};

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

describe('no personal data in URLs or logs', () => {
  it('reads and writes only query parameters known to carry no personal data', () => {
    const found = new Set<string>();
    for (const path of sources('src')) {
      const text = readFileSync(path, 'utf8');
      for (const match of text.matchAll(/(?:search|searchParams)\.(?:get|set|has|append)\(\s*'([^']+)'/g)) found.add(match[1] ?? '');
      for (const match of text.matchAll(/[?&]([a-zA-Z-]+)=\$\{/g)) found.add(match[1] ?? '');
    }
    expect([...found].filter((name) => !(name in allowedQueryParameters))).toEqual([]);
  });

  it('has no console.log / console.info / console.debug in src/', () => {
    const offenders = sources('src').filter((path) => /console\.(log|info|debug|table|dir|trace)\(/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('a whole journey, watched', () => {
  afterEach(() => {
    signOut();
    server.events.removeAllListeners();
  });

  it('never puts answers or the citizen’s number in a URL, and never writes the token to localStorage', async () => {
    const localWrites: string[] = [];
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (this === window.localStorage) localWrites.push(`${key}=${value}`);
      setItem.call(this, key, value);
    });

    const token = await signIn('chi-lan');
    await publishMockForm(
      makeFormSchema([
        {
          id: 'thong-tin',
          title: { vi: 'Thông tin', en: 'About you' },
          fields: [
            { type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } },
            { type: 'citizen-id', id: 'soDinhDanh', label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' } },
          ],
        },
      ]),
    );
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => requested.push(request.url));

    const { user, visited } = renderApp('/bieu-mau/bieu-mau-thu');

    const answers = { hoTen: 'Trần Thị Bí Mật', soDinhDanh: '001203004567' };
    await user.type(await screen.findByRole('textbox', { name: /Họ, chữ đệm và tên/ }), answers.hoTen);
    await user.type(screen.getByRole('textbox', { name: /Số định danh cá nhân/ }), answers.soDinhDanh);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' });
    await user.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' });

    expect(visited.length).toBeGreaterThan(1);
    const urls = [...visited, ...requested].map((url) => decodeURIComponent(url));
    for (const secret of [answers.hoTen, 'Bí Mật', answers.soDinhDanh, token.accessToken]) {
      expect(urls.filter((url) => url.includes(secret)), secret).toEqual([]);
    }
    expect(localWrites.filter((write) => write.includes(token.accessToken) || /token|bearer/i.test(write))).toEqual([]);
    expect(Object.values({ ...window.localStorage }).join(' ')).not.toContain(token.accessToken);
    expect(Object.values({ ...window.sessionStorage }).join(' ')).toContain(token.accessToken);
  });
});

import { screen } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { makeFormSchema } from '../fixtures/make-form-schema';
import { renderApp } from '../utils/render-app';
import { signIn, signOut } from '../utils/sign-in';

/**
 * Schema text is typed by form authors and answers by citizens: both reach other people's screens
 * (the citizen's, the officer's, the receipt). Markup in them must always be shown as text.
 */
const img = '<img src=x onerror=alert(1)>';
const script = '<script>alert(2)</script>';
const both = `${img}${script}`;

const schema = makeFormSchema(
  [
    {
      id: 'thong-tin',
      title: { vi: `Thông tin ${img}`, en: `About you ${img}` },
      fields: [
        { type: 'content', id: 'huongDan', label: { vi: `Hướng dẫn ${script}`, en: `Guidance ${script}` }, body: { vi: `Đọc kỹ ${img}`, en: `Read ${img}` } },
        {
          type: 'text', id: 'hoTen', label: { vi: `Họ tên ${img}`, en: `Name ${img}` },
          hint: { vi: `Gợi ý ${script}`, en: `Hint ${script}` },
        },
        {
          type: 'radios', id: 'luaChon', label: { vi: `Lựa chọn ${script}`, en: `Choice ${script}` },
          options: [
            { value: 'mot', label: { vi: `Một ${img}`, en: `One ${img}` }, hint: { vi: `Giải thích ${script}`, en: `Explained ${script}` } },
            { value: 'hai', label: { vi: 'Hai', en: 'Two' } },
          ],
        },
        { type: 'textarea', id: 'ghiChu', label: { vi: 'Ghi chú', en: 'Notes' } },
      ],
    },
  ],
  { id: 'bieu-mau-ma-doc' },
);

/** Nothing the payloads would create exists; their text does, literally. */
function expectShownAsText(texts: readonly string[]) {
  expect(document.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
  expect(document.querySelectorAll('[onerror], [onload], [onclick]')).toHaveLength(0);
  for (const text of texts) expect(document.body.textContent).toContain(text);
}

describe('script payloads in schemas and answers', () => {
  beforeEach(async () => {
    await signIn('anh-khoa');
    await publishMockForm({ ...schema, title: { vi: `Biểu mẫu ${both}`, en: `Form ${both}` } });
  });
  afterEach(() => signOut());

  it('renders them as text on the form page, the check-answers summary and the receipt', async () => {
    const { user } = renderApp('/bieu-mau/bieu-mau-ma-doc');

    // The page: title, content, label, hint, options and option hints hold markup as text.
    expect(await screen.findByRole('heading', { level: 1, name: `Thông tin ${img}` })).toBeInTheDocument();
    expectShownAsText([`Hướng dẫn ${script}`, `Đọc kỹ ${img}`, `Gợi ý ${script}`, `Một ${img}`, `Giải thích ${script}`]);
    expect(screen.getByRole('group', { name: `Lựa chọn ${script}` })).toBeInTheDocument();

    // Answers with markup are valid text: a citizen may type anything printable.
    await user.click(screen.getByRole('textbox', { name: (name) => name.startsWith(`Họ tên ${img}`) }));
    await user.paste(`Lan ${img}`);
    await user.click(screen.getByRole('radio', { name: `Một ${img}` }));
    await user.click(screen.getByRole('textbox', { name: /Ghi chú/ }));
    await user.paste(`Ghi chú ${both}`);
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    // Check your answers.
    await screen.findByRole('heading', { level: 1, name: 'Kiểm tra lại thông tin trước khi nộp' });
    expectShownAsText([`Lan ${img}`, `Một ${img}`, `Ghi chú ${both}`, `Họ tên ${img}`]);

    // The receipt, read back from the filed dossier.
    await user.click(screen.getByRole('button', { name: 'Nộp hồ sơ' }));
    await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ thành công' });
    expect(await screen.findByText(`Lan ${img}`)).toBeInTheDocument();
    expectShownAsText([`Lan ${img}`, `Một ${img}`, `Ghi chú ${both}`]);
  });
});

describe('no raw HTML in the app', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('never uses dangerouslySetInnerHTML, innerHTML or insertAdjacentHTML in src/', () => {
    const offenders = sources('src').filter((path) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

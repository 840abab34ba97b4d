import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { server } from '@mocks/node';
import { fieldRegistry } from '@/fields/registry';
import { makeFormSchema } from '../fixtures/make-form-schema';
import { renderApp } from '../utils/render-app';
import { renderFormPage } from '../utils/render-form-page';
import { signIn, signOut } from '../utils/sign-in';

/** A valid form to break in one place at a time. */
const valid = makeFormSchema(
  [
    {
      id: 'thong-tin',
      title: { vi: 'Thông tin người khai', en: 'About you' },
      fields: [
        { type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } },
        { type: 'phone', id: 'soDienThoai', label: { vi: 'Số điện thoại', en: 'Phone number' } },
      ],
    },
  ],
  { id: 'bieu-mau-hong' },
);

type Publishable = Parameters<typeof publishMockForm>[0];
/** Publishes a document the schema language refuses, as a careless import or a bad backend would. */
const publishBroken = (change: (document: Record<string, unknown>) => void) => {
  const document = structuredClone(valid) as unknown as Record<string, unknown>;
  change(document);
  return publishMockForm(document as unknown as Publishable);
};
const firstField = (document: Record<string, unknown>) =>
  ((document.pages as { fields: Record<string, unknown>[] }[])[0]?.fields[0]) as Record<string, unknown>;

const schemaErrorHeading = 'Biểu mẫu này đang có lỗi cấu hình';

describe('a broken form schema shows a clear error page, never a blank screen', () => {
  beforeEach(async () => {
    await signIn('anh-khoa');
  });
  afterEach(() => signOut());

  it('names an unknown field type and where it is', async () => {
    await publishBroken((document) => {
      firstField(document).type = 'ban-do';
    });
    renderApp('/bieu-mau/bieu-mau-hong');
    expect(await screen.findByRole('heading', { level: 1, name: schemaErrorHeading })).toBeInTheDocument();
    expect(screen.getByText('pages[0].fields[0].type')).toBeInTheDocument();
    expect(screen.getByText(/Unknown field type "ban-do"/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('names an unknown JSON Logic operator in a visibility condition', async () => {
    await publishBroken((document) => {
      firstField(document).visibleIf = { eval: 'alert(1)' };
    });
    renderApp('/bieu-mau/bieu-mau-hong');
    expect(await screen.findByRole('heading', { level: 1, name: schemaErrorHeading })).toBeInTheDocument();
    expect(screen.getByText(/Unknown JSON Logic operator "eval"/)).toBeInTheDocument();
  });

  it('names a JSON Logic rule with two operators in a page condition', async () => {
    await publishBroken((document) => {
      (document.pages as Record<string, unknown>[])[0]!.visibleIf = { '==': [1, 1], '!=': [1, 2] };
    });
    renderApp('/bieu-mau/bieu-mau-hong');
    expect(await screen.findByRole('heading', { level: 1, name: schemaErrorHeading })).toBeInTheDocument();
    expect(screen.getByText(/exactly one operator, found 2/)).toBeInTheDocument();
  });

  it('refuses the "log" operator, which would write answers to the console', async () => {
    await publishBroken((document) => {
      firstField(document).visibleIf = { log: { var: 'hoTen' } };
    });
    renderApp('/bieu-mau/bieu-mau-hong');
    expect(await screen.findByRole('heading', { level: 1, name: schemaErrorHeading })).toBeInTheDocument();
    expect(screen.getByText(/Unknown JSON Logic operator "log"/)).toBeInTheDocument();
  });

  it('says something went wrong when the schema is not even JSON', async () => {
    server.use(
      http.get('*/api/forms/bieu-mau-hong', () => new HttpResponse('{"pages": [', { headers: { 'Content-Type': 'application/json' } })),
    );
    renderApp('/bieu-mau/bieu-mau-hong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được biểu mẫu.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('a field that fails to render', () => {
  const schema = makeFormSchema([
    {
      id: 'thong-tin',
      title: { vi: 'Thông tin người khai', en: 'About you' },
      fields: [
        { type: 'text', id: 'hoTen', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } },
        { type: 'phone', id: 'soDienThoai', label: { vi: 'Số điện thoại', en: 'Phone number' } },
      ],
    },
  ]);

  it('shows a message in its place, keeps its answer and the rest of the page working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const phone = fieldRegistry.get('phone');
    const broken = vi.spyOn(phone, 'Renderer').mockImplementation(() => {
      throw new Error('renderer bug');
    });
    const { user, onValid } = renderFormPage(schema, { answers: { soDienThoai: '0912345678' } });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không hiển thị được mục “Số điện thoại”. Những thông tin bạn đã khai vẫn được giữ nguyên.');
    await user.type(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên' }), 'Trần Thị Mai');
    await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    // Continuing validates every answer of the page, the hidden phone number included: it is still there.
    expect(onValid).toHaveBeenCalledTimes(1);

    // Once the cause is gone, "try again" brings the field back with its answer.
    broken.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Thử hiển thị lại' }));
    expect(screen.getByRole('textbox', { name: 'Số điện thoại' })).toHaveValue('0912345678');
  });
});

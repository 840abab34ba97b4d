import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { publishMockForm } from '@mocks/db/published-forms';
import { makeFormSchema } from '../../fixtures/make-form-schema';
import { renderApp } from '../../utils/render-app';

describe('a published form whose prefill bindings the catalog cannot serve', () => {
  it('is not rendered: the department sees each problem with its path', async () => {
    // Given a date field bound to a name, on the second page
    await publishMockForm(
      makeFormSchema([
        { id: 'mot', fields: [{ id: 'ghiChu', type: 'textarea', label: { vi: 'Ghi chú' }, required: false }] },
        {
          id: 'hai',
          fields: [
            { id: 'hoTen', type: 'text', label: { vi: 'Họ tên' } },
            { id: 'ngaySinh', type: 'date', label: { vi: 'Ngày sinh' }, prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'locked' } },
          ],
        },
      ]),
    );
    renderApp('/bieu-mau/bieu-mau-thu');

    expect(await screen.findByRole('heading', { level: 1, name: 'Biểu mẫu này đang có lỗi cấu hình' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'pages[1].fields[1].prefill.attribute: "dan-cu.hoTen" is a text value; a date field accepts date',
    );
  });
});

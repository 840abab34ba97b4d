import { screen } from '@testing-library/react';
import { renderRenderer } from '@tests/utils/render-renderer';
import { contentField } from '.';
import type { ContentConfig } from './content.config';
import { contentExamples } from './content.examples';

describe('content', () => {
  it('collects nothing, so its empty answer is valid and shows as nothing', () => {
    const schema = contentField.answerSchema(contentExamples.default, { fieldSchema: () => { throw new Error('unused'); } });
    expect(schema.safeParse(contentField.emptyAnswer(contentExamples.default)).success).toBe(true);
    expect(contentField.formatAnswer(undefined, contentExamples.default, { locale: 'vi', t: String, formatField: () => '' })).toBe('');
  });

  it('renders a heading', () => {
    renderRenderer(contentField, contentExamples.heading);
    expect(screen.getByRole('heading', { level: 2, name: 'Thông tin người yêu cầu' })).toBeInTheDocument();
  });

  it('announces a warning as a warning', () => {
    renderRenderer(contentField, contentExamples.warning);
    expect(screen.getByText(/Người nào khai man/).closest('.warning-text')).toHaveTextContent(
      /^!Cảnh báo: Người nào khai man/,
    );
  });

  it('splits the body into paragraphs at blank lines', () => {
    const { container } = renderRenderer(contentField, contentExamples.inset);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Lệ phí: 8.000 đồng',
      'Miễn lệ phí cho người thuộc hộ nghèo, trẻ em, người cao tuổi và người khuyết tật.',
      'Lệ phí nộp trực tuyến qua Cổng Dịch vụ công quốc gia.',
    ]);
  });

  it('shows markup written by an author as text, never as HTML', () => {
    const config: ContentConfig = { ...contentExamples.default, label: { vi: '<b>Chú ý</b><img src=x onerror=alert(1)>' } };
    const { container } = renderRenderer(contentField, config);
    expect(container.querySelector('b, img')).toBeNull();
    expect(screen.getByText('<b>Chú ý</b><img src=x onerror=alert(1)>')).toBeInTheDocument();
  });
});

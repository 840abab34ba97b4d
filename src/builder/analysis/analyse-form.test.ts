import { describe, expect, it } from 'vitest';
import { realSourceCatalog } from '@tests/fixtures/source-catalog';
import { makeFormSchema } from '@tests/fixtures/make-form-schema';
import { analyseForm } from './analyse-form';

describe('analysing a form', () => {
  it('given problems of every check on two pages, then they come together in page order, page findings before field findings', () => {
    const schema = makeFormSchema([
      {
        id: 'nguoi-yeu-cau',
        title: { vi: 'Người yêu cầu' },
        fields: [
          { id: 'ghiChu', type: 'text', label: { vi: 'Ghi chú', en: 'Note' }, visibleIf: { '===': [{ var: 'coCon' }, true] } },
          { id: 'hoTen', type: 'text', label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' } },
        ],
      },
      { id: 'con', fields: [{ id: 'coCon', type: 'yes-no', label: { vi: 'Có con?', en: 'Children?' } }] },
    ]);

    const findings = analyseForm(schema, realSourceCatalog);

    expect(findings.map((finding) => [finding.check, finding.target.pageId, finding.target.fieldId, finding.message.key])).toEqual([
      ['accessibility', 'nguoi-yeu-cau', undefined, 'analysis.accessibility.pageTitleNoEnglish'],
      ['logic', 'nguoi-yeu-cau', 'ghiChu', 'analysis.logic.readsLaterPage'],
      ['once-only', 'nguoi-yeu-cau', 'hoTen', 'analysis.onceOnly.unbound'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { makeFormSchema, onePageSchema } from '@tests/fixtures/make-form-schema';
import { seedSchema } from '@tests/fixtures/seed-schema';
import type { FormSchema } from '@/schema/create-form-schema';
import { checkAccessibility, maxLabelLength } from './accessibility';

const keysFor = (schema: FormSchema, fieldId?: string) =>
  checkAccessibility(schema)
    .filter((finding) => finding.target.fieldId === fieldId)
    .map((finding) => finding.message.key);

describe('the accessibility check', () => {
  it('given a seed form written in both languages, then it raises no error', () => {
    const findings = checkAccessibility(seedSchema('dang-ky-khai-sinh'));

    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.map((finding) => finding.message.key)).not.toContain('analysis.accessibility.labelNoEnglish');
  });

  it('given a label and a page title blanked in the builder, then both are errors', () => {
    const schema = structuredClone(onePageSchema([{ id: 'hoTen', type: 'text', label: { vi: 'Họ tên', en: 'Name' } }]));
    schema.pages[0]!.title = { vi: ' ', en: 'Page' };
    schema.pages[0]!.fields[0]!.label = { vi: '' };

    const findings = checkAccessibility(schema);

    expect(findings).toContainEqual(expect.objectContaining({ severity: 'error', target: { pageId: 'trang-1' }, message: { key: 'analysis.accessibility.pageTitleMissing', values: {} } }));
    expect(keysFor(schema, 'hoTen')).toContain('analysis.accessibility.labelMissing');
  });

  it('given a label without English, then it warns and names the Vietnamese text', () => {
    const schema = onePageSchema([{ id: 'hoTen', type: 'text', label: { vi: 'Họ tên' } }]);

    const finding = checkAccessibility(schema).find((candidate) => candidate.target.fieldId === 'hoTen');

    expect(finding).toMatchObject({ severity: 'warning', message: { key: 'analysis.accessibility.labelNoEnglish', values: { text: 'Họ tên' } } });
  });

  it('given a label longer than the limit, then it says the length and the limit', () => {
    const long = 'Tôi xin cam đoan '.repeat(8).trim();
    const schema = onePageSchema([{ id: 'ghiChu', type: 'text', label: { vi: long, en: 'Note' } }]);

    const finding = checkAccessibility(schema).find((candidate) => candidate.message.key === 'analysis.accessibility.labelTooLong');

    expect(long.length).toBeGreaterThan(maxLabelLength);
    expect(finding?.message.values).toEqual({ length: long.length, max: maxLabelLength });
  });

  it('given a date, a số định danh and a phone without hints, then each gets a hint warning; a text field does not', () => {
    const schema = onePageSchema([
      { id: 'ngaySinh', type: 'date', label: { vi: 'Ngày sinh', en: 'Date of birth' } },
      { id: 'soDinhDanh', type: 'citizen-id', label: { vi: 'Số định danh cá nhân', en: 'ID number' } },
      { id: 'dienThoai', type: 'phone', label: { vi: 'Số điện thoại', en: 'Phone' } },
      { id: 'hoTen', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
    ]);

    const hinted = checkAccessibility(schema)
      .filter((finding) => finding.message.key === 'analysis.accessibility.hintRecommended')
      .map((finding) => finding.target.fieldId);

    expect(hinted).toEqual(['ngaySinh', 'soDinhDanh', 'dienThoai']);
  });

  it('given an option without a Vietnamese label, then it is an error naming the option value', () => {
    const schema = structuredClone(
      onePageSchema([
        { id: 'gioiTinh', type: 'radios', label: { vi: 'Giới tính', en: 'Sex' }, options: [{ value: 'nam', label: { vi: 'Nam', en: 'Male' } }, { value: 'nu', label: { vi: 'Nữ', en: 'Female' } }] },
      ]),
    );
    (schema.pages[0]!.fields[0] as unknown as { options: { label: { vi: string } }[] }).options[1]!.label = { vi: '' };

    const finding = checkAccessibility(schema).find((candidate) => candidate.message.key === 'analysis.accessibility.optionMissing');

    expect(finding).toMatchObject({ severity: 'error', target: { fieldId: 'gioiTinh' }, message: { values: { value: 'nu' } } });
  });

  it('given two fields labelled alike on one page, then the second is flagged; alike labels in different groups are not', () => {
    const schema = makeFormSchema([
      {
        id: 'cha-me',
        fields: [
          { id: 'hoTen', type: 'text', label: { vi: 'Họ tên', en: 'Name' } },
          { id: 'hoTen2', type: 'text', label: { vi: 'HỌ TÊN', en: 'Name' } },
          { id: 'cha', type: 'group', label: { vi: 'Cha', en: 'Father' }, fields: [{ id: 'chaTen', type: 'text', label: { vi: 'Tên', en: 'Name' } }] },
          { id: 'me', type: 'group', label: { vi: 'Mẹ', en: 'Mother' }, fields: [{ id: 'meTen', type: 'text', label: { vi: 'Tên', en: 'Name' } }] },
        ],
      },
    ]);

    const flagged = checkAccessibility(schema)
      .filter((finding) => finding.message.key === 'analysis.accessibility.duplicateLabel')
      .map((finding) => finding.target.fieldId);

    expect(flagged).toEqual(['hoTen2']);
  });
});

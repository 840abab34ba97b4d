import { describe, expect, it } from 'vitest';
import { seedForms } from '@mocks/data/forms';
import { makeFormSchema, onePageSchema } from '@tests/fixtures/make-form-schema';
import { seedSchema } from '@tests/fixtures/seed-schema';
import type { FormSchema } from '@/schema/create-form-schema';
import { checkLogic } from './logic';

const options = (...values: string[]) => values.map((value) => ({ value, label: { vi: value, en: value } }));
const is = (field: string, value: unknown) => ({ '===': [{ var: field }, value] });
const keyed = (schema: FormSchema) => checkLogic(schema).map((finding) => [finding.target.fieldId ?? finding.target.pageId, finding.message.key]);

describe('the logic check', () => {
  it.each(seedForms.map((form) => form.id))('given the published seed form "%s", then it finds no error', (id) => {
    expect(checkLogic(seedSchema(id)).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('given a field shown for an option the choice does not offer, then the field is unreachable', () => {
    const schema = onePageSchema([
      { id: 'gioiTinh', type: 'radios', label: { vi: 'Giới tính' }, options: options('nam', 'nu') },
      { id: 'ghiChu', type: 'text', label: { vi: 'Ghi chú' }, visibleIf: is('gioiTinh', 'khac') },
      { id: 'ghiChuNu', type: 'text', label: { vi: 'Ghi chú' }, visibleIf: is('gioiTinh', 'nu') },
    ]);

    expect(keyed(schema)).toEqual([['ghiChu', 'analysis.logic.unreachableField']]);
  });

  it('given a yes-no compared with a string, then the page it guards is unreachable', () => {
    const schema = makeFormSchema([
      { id: 'hoi', fields: [{ id: 'coCha', type: 'yes-no', label: { vi: 'Có cha?' } }] },
      { id: 'cha', visibleIf: is('coCha', 'co'), fields: [{ id: 'chaTen', type: 'text', label: { vi: 'Tên cha' } }] },
    ]);

    expect(keyed(schema)).toEqual([['cha', 'analysis.logic.unreachablePage']]);
  });

  it('given an "and" testing one answer against two values, then it reports the contradiction, even on an open text answer', () => {
    const schema = onePageSchema([
      { id: 'ten', type: 'text', label: { vi: 'Tên' } },
      { id: 'ghiChu', type: 'text', label: { vi: 'Ghi chú' }, visibleIf: { and: [is('ten', 'An'), is('ten', 'Binh')] } },
    ]);

    const [finding] = checkLogic(schema);

    expect(finding).toMatchObject({ severity: 'error', message: { key: 'analysis.logic.contradiction', values: { field: 'ten', first: '= "An"', second: '= "Binh"' } } });
  });

  it('given open answers only compared loosely, then nothing is called unreachable on a guess', () => {
    const schema = onePageSchema([
      { id: 'soNguoi', type: 'number', label: { vi: 'Số người' } },
      { id: 'ten', type: 'text', label: { vi: 'Tên' } },
      { id: 'ghiChu', type: 'text', label: { vi: 'Ghi chú' }, visibleIf: { and: [{ '>': [{ var: 'soNguoi' }, 3] }, { cat: [{ var: 'ten' }, 'x'] }] } },
    ]);

    expect(checkLogic(schema)).toEqual([]);
  });

  it('given a condition reading an answer from a later page, then it is flagged with that page', () => {
    const schema = makeFormSchema([
      { id: 'dau', fields: [{ id: 'ghiChu', type: 'text', label: { vi: 'Ghi chú' }, visibleIf: is('coCon', true) }, { id: 'ten', type: 'text', label: { vi: 'Tên' } }] },
      { id: 'sau', fields: [{ id: 'coCon', type: 'yes-no', label: { vi: 'Có con?' } }] },
    ]);

    const [finding] = checkLogic(schema);

    expect(finding).toMatchObject({ target: { pageId: 'dau', fieldId: 'ghiChu' }, message: { key: 'analysis.logic.readsLaterPage', values: { field: 'coCon', page: { vi: 'Trang sau' } } } });
  });

  it('given a page shown on an answer given on that same page, then it is flagged', () => {
    const schema = makeFormSchema([{ id: 'trang', visibleIf: is('dongY', true), fields: [{ id: 'dongY', type: 'consent', label: { vi: 'Đồng ý' } }] }]);

    expect(keyed(schema)).toEqual([['trang', 'analysis.logic.readsOwnPage']]);
  });

  it('given requiredIf on a case the field is never visible in, then the requirement never applies', () => {
    const schema = onePageSchema([
      { id: 'cachNhan', type: 'radios', label: { vi: 'Cách nhận' }, options: options('buuChinh', 'trucTiep') },
      { id: 'diaChi', type: 'text', label: { vi: 'Địa chỉ' }, required: false, visibleIf: is('cachNhan', 'buuChinh'), requiredIf: is('cachNhan', 'trucTiep') },
    ]);

    expect(keyed(schema)).toEqual([['diaChi', 'analysis.logic.requiredNeverApplies']]);
  });

  it('given a page whose fields all hide for one of the options, then the page can be left blank', () => {
    const schema = makeFormSchema([
      { id: 'chon', fields: [{ id: 'loai', type: 'select', label: { vi: 'Loại' }, options: options('a', 'b', 'c') }] },
      { id: 'chi-tiet', fields: [{ id: 'a1', type: 'text', label: { vi: 'A' }, visibleIf: is('loai', 'a') }, { id: 'b1', type: 'text', label: { vi: 'B' }, visibleIf: is('loai', 'b') }] },
    ]);

    expect(keyed(schema)).toEqual([['chi-tiet', 'analysis.logic.pageCanBeEmpty']]);
  });

  it('given ticked boxes read with "in", then every combination of options is tried', () => {
    const schema = onePageSchema([
      { id: 'giayTo', type: 'checkboxes', label: { vi: 'Giấy tờ' }, options: options('cmnd', 'hoChieu', 'khac') },
      { id: 'ca2', type: 'text', label: { vi: 'Cả hai' }, visibleIf: { and: [{ in: ['cmnd', { var: 'giayTo' }] }, { in: ['hoChieu', { var: 'giayTo' }] }] } },
      { id: 'khongCo', type: 'text', label: { vi: 'Không có' }, visibleIf: { in: ['bangLai', { var: 'giayTo' }] } },
    ]);

    expect(keyed(schema)).toEqual([['khongCo', 'analysis.logic.unreachableField']]);
  });
});

import { describe, expect, it } from 'vitest';
import type { FormSummary } from '@/lib/api-contract/forms';
import { procedureSchema, type ProcedureInput } from '@/schema/procedure';
import { agencyKey, filterProcedures } from './filter-procedures';

const summary = (id: string, procedure: Partial<ProcedureInput> & Pick<ProcedureInput, 'name' | 'agency' | 'topic' | 'code'>): FormSummary => ({
  id,
  version: 1,
  title: procedure.name,
  procedure: procedureSchema.parse({
    agencyCode: 'X', legalBasis: [{ vi: 'Luật' }], fee: { direct: 0, online: 0 },
    processingTime: { value: 1, unit: 'working-day' }, ...procedure,
  }),
});

const commune = { vi: 'Ủy ban nhân dân cấp xã', en: "Commune People's Committee" };
const police = { vi: 'Công an cấp tỉnh', en: 'Provincial police' };
const list = [
  summary('dang-ky-ket-hon', { code: '1.000894', name: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' }, agency: commune, topic: 'ho-tich' }),
  summary('dang-ky-khai-sinh', { code: '1.001193', name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' }, agency: commune, topic: 'ho-tich' }),
  summary('ly-lich', { code: '3.000333', name: { vi: 'Cấp Phiếu lý lịch tư pháp', en: 'Criminal record certificate' }, agency: police, topic: 'tu-phap' }),
];
const topicLabel = (topic: string) => ({ 'ho-tich': 'Hộ tịch', 'tu-phap': 'Tư pháp' })[topic] ?? topic;
const ids = (filter: Parameters<typeof filterProcedures>[1]) => filterProcedures(list, filter, topicLabel).map((s) => s.id);

describe('filterProcedures', () => {
  it('finds "Đăng ký kết hôn" typed without diacritics or capitals', () => {
    expect(ids({ query: 'dang ky ket hon' })).toEqual(['dang-ky-ket-hon']);
    expect(ids({ query: 'ĐĂNG KÝ KẾT' })).toEqual(['dang-ky-ket-hon']);
  });

  it('needs every word, in any order, and matches codes, English names and topics', () => {
    expect(ids({ query: 'hon ket' })).toEqual(['dang-ky-ket-hon']);
    expect(ids({ query: '1.001193' })).toEqual(['dang-ky-khai-sinh']);
    expect(ids({ query: 'criminal record' })).toEqual(['ly-lich']);
    expect(ids({ query: 'ho tich' })).toEqual(['dang-ky-ket-hon', 'dang-ky-khai-sinh']);
    expect(ids({ query: 'ket hon 3.000333' })).toEqual([]);
  });

  it('lists everything for an empty query and narrows by topic and agency', () => {
    expect(ids({ query: '  ' })).toHaveLength(3);
    expect(ids({ query: '', topic: 'tu-phap' })).toEqual(['ly-lich']);
    expect(ids({ query: 'dang ky', agency: agencyKey(list[0]!) })).toEqual(['dang-ky-ket-hon', 'dang-ky-khai-sinh']);
    expect(ids({ query: '', agency: agencyKey(list[2]!), topic: 'ho-tich' })).toEqual([]);
  });
});

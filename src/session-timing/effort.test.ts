import { describe, expect, it } from 'vitest';
import { makeFormSchema } from '@tests/fixtures/make-form-schema';
import { klm, reviewPrefilled } from '@/klm/estimate';
import { effortRow } from './effort';
import { formatEffortTable } from './effort-table';
import { portalOverhead, predictFormTime } from '@/engine/predict-form-time';

const schema = makeFormSchema([
  {
    id: 'nguoi-yeu-cau',
    fields: [
      { id: 'hoTen', type: 'text', label: { vi: 'Họ tên' }, maxLength: 100, expectedLength: 20 },
      { id: 'ghiChu', type: 'text', label: { vi: 'Ghi chú' }, maxLength: 100, expectedLength: 10 },
    ],
  },
  { id: 'cam-doan', fields: [{ id: 'camDoan', type: 'consent', label: { vi: 'Tôi cam đoan' } }] },
]);
const answers = { hoTen: 'Nguyễn Thị Lan', ghiChu: 'x', camDoan: true };

describe('the effort of a form (KLM with and without auto-fill)', () => {
  it('prices typed fields by their type and pre-filled ones as a review, plus the portal overhead of two pages', () => {
    const withFill = predictFormTime(schema, answers, (path) => path === 'hoTen');
    const typedHoTen = klm('M', 'P', 'B', 'H', ['K', 20]).seconds;
    const overhead = portalOverhead.signIn.seconds + 2 * portalOverhead.perPage.seconds + portalOverhead.checkAnswers(2).seconds;
    const withoutFill = predictFormTime(schema, answers, () => false);
    expect(withoutFill.answers).toBe(3);
    expect(withFill.prefilled).toBe(1);
    expect(withoutFill.seconds - withFill.seconds).toBeCloseTo(typedHoTen - reviewPrefilled().seconds, 1);
    expect(withoutFill.seconds).toBeCloseTo(withoutFill.fieldSeconds + overhead, 1);
  });

  it('reports the share pre-filled and the targets met, and prints it as a table', () => {
    const row = effortRow(schema, 'chi-lan', answers, ['hoTen']);
    expect(row).toMatchObject({ formId: 'bieu-mau-thu', persona: 'chi-lan', answers: 3, prefilled: 1, meets: { 2025: true, 2026: true } });
    expect(row.prefilledShare).toBeCloseTo(1 / 3);
    expect(row.withAutofillSeconds).toBeLessThan(row.withoutAutofillSeconds);
    const table = formatEffortTable([row]).split('\n');
    expect(table[0]).toMatch(/^procedure\s+code\s+persona\s+fields\s+pre-filled/);
    expect(table[2]).toMatch(/^bieu-mau-thu\s+1\.001193\s+chi-lan\s+3\s+1 \(33 %\)\s+0:\d\d\s+0:\d\d\s+✓\s+✓$/);
  });
});

import { describe, expect, it } from 'vitest';
import { realSourceCatalog } from '@tests/fixtures/source-catalog';
import { seedSchema } from '@tests/fixtures/seed-schema';
import { makeFormSchema } from '@tests/fixtures/make-form-schema';
import { reviewPrefilled } from '@/klm/estimate';
import { forecastCompletion } from './forecast';

describe('the completion-time forecast', () => {
  it('given a seed form with bindings, when forecast, then auto-fill saves time and both targets are compared', () => {
    const schema = seedSchema('dang-ky-tam-tru');

    const forecast = forecastCompletion(schema, realSourceCatalog);

    expect(forecast.prefilled).toBeGreaterThan(0);
    expect(forecast.withAutofillSeconds).toBeLessThan(forecast.withoutAutofillSeconds);
    expect(forecast.targets.map((target) => [target.year, target.targetSeconds])).toEqual([
      [2025, 480],
      [2026, 300],
    ]);
    const target2026 = forecast.targets.find((target) => target.year === 2026);
    expect(target2026?.withAutofill.meets).toBe(forecast.withAutofillSeconds < 300);
    expect(target2026?.withAutofill.marginSeconds).toBeCloseTo(300 - forecast.withAutofillSeconds, 1);
  });

  it('given a seed form, when forecast, then the slowest fields come first, typed ones before reviewed ones', () => {
    const schema = seedSchema('dang-ky-tam-tru');

    const { slowest } = forecastCompletion(schema, realSourceCatalog, 3);

    expect(slowest).toHaveLength(3);
    expect(slowest.map((field) => field.seconds)).toEqual([...slowest.map((field) => field.seconds)].sort((a, b) => b - a));
    expect(slowest[0]!.seconds).toBeGreaterThan(reviewPrefilled().seconds);
    const bound = new Set(['hoTen', 'ngaySinh', 'soDinhDanh']);
    expect(slowest.some((field) => bound.has(field.fieldId))).toBe(false);
    expect(slowest[0]).toMatchObject({ pageId: expect.any(String) as string });
  });

  it('given a binding to a source the catalog does not hold, when forecast, then that field counts as typed', () => {
    const schema = makeFormSchema([
      {
        id: 'nguoi-yeu-cau',
        fields: [{ id: 'hoTen', type: 'text', label: { vi: 'Họ tên' }, prefill: { source: 'khong-co', attribute: 'hoTen', mode: 'locked' } }],
      },
    ]);

    const forecast = forecastCompletion(schema, realSourceCatalog);

    expect(forecast.prefilled).toBe(0);
    expect(forecast.withAutofillSeconds).toBe(forecast.withoutAutofillSeconds);
  });

  it('given fields shown only on a "yes", when forecast, then the default path (nothing chosen) leaves them out', () => {
    const schema = makeFormSchema([
      {
        id: 'ban-sao',
        fields: [
          { id: 'yeuCauBanSao', type: 'yes-no', label: { vi: 'Cấp bản sao?' } },
          { id: 'ghiChu', type: 'textarea', label: { vi: 'Ghi chú' }, visibleIf: { '===': [{ var: 'yeuCauBanSao' }, true] } },
        ],
      },
    ]);

    const forecast = forecastCompletion(schema, realSourceCatalog);

    expect(forecast.answers).toBe(1);
    expect(forecast.slowest.map((field) => field.fieldId)).toEqual(['yeuCauBanSao']);
  });
});

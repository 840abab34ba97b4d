import { describe, expect, it } from 'vitest';
import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { collectBindings } from './collect-bindings';
import { planClears, planFills } from './plan-fills';
import type { PrefillEntry } from './prefill-entry';

const label = { vi: 'Trường', en: 'Field' };
const schema = onePageSchema([
  { id: 'hoTen', type: 'text', label, prefill: { source: 'dan-cu', attribute: 'hoTen', mode: 'locked' } },
  { id: 'ngaySinh', type: 'date', label, notInFuture: true, prefill: { source: 'dan-cu', attribute: 'ngaySinh', mode: 'locked' } },
  { id: 'queQuan', type: 'text', label, maxLength: 5, prefill: { source: 'dan-cu', attribute: 'queQuan', mode: 'locked' } },
  { id: 'soDinhDanhCha', type: 'citizen-id', label, required: false },
  { id: 'dongY', type: 'consent', label, required: false },
  {
    id: 'hoTenCha', type: 'text', label,
    prefill: { source: 'dan-cu-lien-quan', attribute: 'hoTen', mode: 'editable', personField: 'soDinhDanhCha', consentField: 'dongY' },
  },
]);
const bindings = collectBindings(schema);
const own = bindings.filter((b) => b.source.id === 'dan-cu');
const record = { hoTen: 'Nguyễn Thị Lan', ngaySinh: '1994-09-26', queQuan: 'Xã Phước Thái, Thành phố Đồng Nai' };
const empty = { hoTen: '', ngaySinh: '', queQuan: '', soDinhDanhCha: '', dongY: false, hoTenCha: '' };
const base = { record, source: 'dan-cu', subject: 'me', retrievedAt: '2026-11-22T01:00:00.000Z', entries: {}, typed: new Set<string>() };

describe('planFills', () => {
  it('fills empty fields, locking a locked value only when the field accepts it', () => {
    const plan = planFills({ ...base, bindings: own, values: empty });
    expect(plan.set).toEqual([
      { path: 'hoTen', value: 'Nguyễn Thị Lan' },
      { path: 'ngaySinh', value: '1994-09-26' },
      { path: 'queQuan', value: 'Xã Phước Thái, Thành phố Đồng Nai' },
    ]);
    // The home town is longer than the field allows: shown, but left editable so the form can be sent
    expect(plan.record.map((entry) => [entry.path, entry.locked])).toEqual([['hoTen', true], ['ngaySinh', true], ['queQuan', false]]);
  });

  it('never fills a field the citizen typed into, even one they emptied again', () => {
    const plan = planFills({ ...base, bindings: own, values: { ...empty, ngaySinh: '1990-01-01' }, typed: new Set(['hoTen', 'ngaySinh']) });
    expect(plan.set.map((fill) => fill.path)).toEqual(['queQuan']);
  });

  it('never overwrites an answer that is already there, e.g. from a draft', () => {
    const plan = planFills({ ...base, bindings: own, values: { ...empty, hoTen: 'Lan' } });
    expect(plan.set.map((fill) => fill.path)).toEqual(['ngaySinh', 'queQuan']);
  });

  it('applies the same record once', () => {
    const first = planFills({ ...base, bindings: own, values: empty });
    const entries = Object.fromEntries(first.record.map((entry) => [entry.path, entry]));
    const values = { ...empty, ...Object.fromEntries(first.set.map((fill) => [fill.path, fill.value])) };
    expect(planFills({ ...base, bindings: own, values, entries })).toEqual({ set: [], record: [], forget: [] });
  });
});

describe('planClears', () => {
  const related = bindings.filter((b) => b.source.id === 'dan-cu-lien-quan');
  const filled: PrefillEntry = {
    path: 'hoTenCha', source: 'dan-cu-lien-quan', original: 'Huỳnh Thanh Hùng', retrievedAt: base.retrievedAt,
    locked: false, subject: '051091664070', personField: 'soDinhDanhCha',
  };

  it('empties the previous person’s untouched values once another person is named', () => {
    const state = { values: { ...empty, hoTenCha: 'Huỳnh Thanh Hùng' }, entries: { hoTenCha: filled }, typed: new Set<string>() };
    expect(planClears(related, 'soDinhDanhCha', undefined, state)).toEqual({ set: [{ path: 'hoTenCha', value: '' }], record: [], forget: ['hoTenCha'] });
    expect(planClears(related, 'soDinhDanhCha', '051091664070', state).forget).toEqual([]);
  });

  it('keeps what the citizen changed, as their own answer', () => {
    const state = { values: { ...empty, hoTenCha: 'Huỳnh Hùng' }, entries: { hoTenCha: filled }, typed: new Set(['hoTenCha']) };
    expect(planClears(related, 'soDinhDanhCha', undefined, state)).toEqual({ set: [], record: [], forget: ['hoTenCha'] });
  });
});

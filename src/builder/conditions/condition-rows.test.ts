import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '@/engine/evaluate-condition';
import type { JsonLogicRule } from '@/schema/condition';
import { fromJsonLogic, toJsonLogic, type SimpleCondition } from './condition-rows';

const ruleOf = (condition: SimpleCondition): JsonLogicRule => {
  const rule = toJsonLogic(condition);
  if (rule === undefined) throw new Error('expected a rule');
  return rule;
};

describe('condition editor lines ↔ JSON Logic', () => {
  it('stores one line as one comparison, several joined by and/or', () => {
    expect(toJsonLogic({ combinator: 'all', rows: [{ fieldId: 'coCon', operator: 'equals', value: true }] })).toEqual({
      '===': [{ var: 'coCon' }, true],
    });
    expect(
      toJsonLogic({
        combinator: 'any',
        rows: [
          { fieldId: 'quocTich', operator: 'not-equals', value: 'VN' },
          { fieldId: 'ghiChu', operator: 'answered' },
        ],
      }),
    ).toEqual({ or: [{ '!==': [{ var: 'quocTich' }, 'VN'] }, { '!!': [{ var: 'ghiChu' }] }] });
  });

  it('stores nothing when no line names a field (always shown)', () => {
    expect(toJsonLogic({ combinator: 'all', rows: [{ fieldId: '', operator: 'equals' }] })).toBeUndefined();
  });

  it('reads back what it wrote, for every operator', () => {
    const condition: SimpleCondition = {
      combinator: 'all',
      rows: [
        { fieldId: 'a', operator: 'equals', value: 'x' },
        { fieldId: 'b', operator: 'not-equals', value: 2 },
        { fieldId: 'c', operator: 'answered' },
        { fieldId: 'd', operator: 'not-answered' },
        { fieldId: 'e', operator: 'includes', value: 'xe-may' },
        { fieldId: 'f', operator: 'greater', value: 18 },
        { fieldId: 'g', operator: 'less', value: 65 },
      ],
    };
    expect(fromJsonLogic(toJsonLogic(condition))).toEqual(condition);
  });

  it('leaves rules richer than the simple editor to the raw JSON Logic editor', () => {
    expect(fromJsonLogic({ and: [{ or: [{ var: 'a' }, { var: 'b' }] }, { '===': [{ var: 'c' }, 1] }] })).toBeUndefined();
    expect(fromJsonLogic({ '>': [{ '+': [{ var: 'a' }, 1] }, 3] })).toBeUndefined();
    expect(fromJsonLogic({ '===': [{ var: 'con.0.ten' }, 'x'] })).toBeUndefined();
  });

  it('means what the editor says when the engine evaluates it', () => {
    const rule = ruleOf({
      combinator: 'all',
      rows: [
        { fieldId: 'phuongTien', operator: 'includes', value: 'xe-may' },
        { fieldId: 'tuoi', operator: 'greater', value: 17 },
      ],
    });
    expect(evaluateCondition(rule, { phuongTien: ['o-to', 'xe-may'], tuoi: 18 })).toBe(true);
    expect(evaluateCondition(rule, { phuongTien: ['o-to'], tuoi: 18 })).toBe(false);
    expect(evaluateCondition(ruleOf({ combinator: 'all', rows: [{ fieldId: 'x', operator: 'not-answered' }] }), { x: '' })).toBe(true);
  });
});

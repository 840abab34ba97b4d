import { describe, expect, it } from 'vitest';
import { seedSchema } from '@tests/fixtures/seed-schema';
import type { BaseFieldConfig } from '@/schema/base-field';
import type { FormSchema } from '@/schema/create-form-schema';
import { diffFormVersions } from './version-diff';

const older = seedSchema('dang-ky-tam-tru');
const page = (schema: FormSchema, id: string) => schema.pages.find((candidate) => candidate.id === id)!;
const field = (schema: FormSchema, id: string) => schema.pages.flatMap((p) => p.fields).find((candidate) => candidate.id === id) as BaseFieldConfig & Record<string, unknown>;

describe('the version diff', () => {
  it('given the same version twice, then nothing changed', () => {
    const diff = diffFormVersions(older, structuredClone(older));

    expect(diff.pages).toEqual({ added: [], removed: [], renamed: [], moved: [], changed: [] });
    expect(diff.fields).toEqual({ added: [], removed: [], moved: [], changed: [] });
    expect(diff.metadata).toEqual([]);
  });

  it('given a page renamed, another removed and a new one added, then each is reported once', () => {
    const newer = structuredClone(older);
    page(newer, 'chu-ho').title = { vi: 'Thông tin chủ hộ', en: 'Head of household' };
    newer.pages = newer.pages.filter((candidate) => candidate.id !== 'thanh-vien-cung-thay-doi');
    newer.pages.splice(1, 0, { id: 'luu-y', title: { vi: 'Lưu ý', en: 'Note' }, fields: [] });

    const diff = diffFormVersions(older, newer);

    expect(diff.pages.added).toEqual(['luu-y']);
    expect(diff.pages.removed).toEqual(['thanh-vien-cung-thay-doi']);
    expect(diff.pages.renamed).toEqual([{ pageId: 'chu-ho', before: page(older, 'chu-ho').title, after: { vi: 'Thông tin chủ hộ', en: 'Head of household' } }]);
    expect(diff.pages.moved).toEqual([]);
    expect(diff.fields.removed.map((removed) => removed.fieldId)).toContain('tvHoTen');
  });

  it('given two pages swapped, then one of them moved, not every page after it', () => {
    const newer = structuredClone(older);
    [newer.pages[0], newer.pages[1]] = [newer.pages[1]!, newer.pages[0]!];

    expect(diffFormVersions(older, newer).pages.moved).toHaveLength(1);
  });

  it('given a field moved to another page and another reordered, then both moves say from where to where', () => {
    const newer = structuredClone(older);
    const requester = page(newer, 'nguoi-de-nghi');
    const [email] = requester.fields.splice(requester.fields.findIndex((candidate) => candidate.id === 'email'), 1);
    page(newer, 'chu-ho').fields.push(email!);
    requester.fields.reverse();

    const diff = diffFormVersions(older, newer);

    expect(diff.fields.moved).toContainEqual({ fieldId: 'email', from: { pageId: 'nguoi-de-nghi', parentId: undefined, index: 5 }, to: { pageId: 'chu-ho', parentId: undefined, index: 5 } });
    expect(diff.fields.moved.filter((moved) => moved.from.pageId === moved.to.pageId).length).toBe(4);
  });

  it('given label, required, visibility, binding and type-specific config edited, then each property has before and after', () => {
    const newer = structuredClone(older);
    const hoTen = field(newer, 'hoTen');
    hoTen.label = { vi: 'Họ và tên', en: 'Full name' };
    hoTen.required = false;
    delete hoTen.prefill;
    hoTen.maxLength = 50;
    field(newer, 'chuHoHoTen').visibleIf = { '===': [{ var: 'chuHoLa' }, 'banThan'] };

    const diff = diffFormVersions(older, newer);

    const changed = Object.fromEntries(diff.fields.changed.map((entry) => [entry.fieldId, entry.changes.map((change) => change.property).sort()]));
    expect(changed).toEqual({ hoTen: ['label', 'maxLength', 'prefill', 'required'], chuHoHoTen: ['visibleIf'] });
    const binding = diff.fields.changed[0]!.changes.find((change) => change.property === 'prefill');
    expect(binding).toEqual({ property: 'prefill', before: field(older, 'hoTen').prefill, after: undefined });
  });

  it('given the procedure fee and the form title changed, then both are metadata changes', () => {
    const newer = structuredClone(older);
    newer.procedure.fee = { ...newer.procedure.fee, online: 0 };
    newer.title = { vi: 'Tờ khai tạm trú', en: 'Temporary residence' };

    expect(diffFormVersions(older, newer).metadata.map((change) => change.property)).toEqual(['title', 'procedure.fee']);
  });
});

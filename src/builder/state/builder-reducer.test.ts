import { describe, expect, it } from 'vitest';
import { formSchemaSchema } from '@/fields/registry';
import type { FormSchema } from '@/schema/create-form-schema';
import { driveBuilder } from '@tests/utils/builder-driver';
import { historyLimit } from './builder-reducer';

/** Two pages: who the citizen is, then a question that only shows for "Có". */
const form = (): FormSchema =>
  formSchemaSchema.parse({
    schemaVersion: 1,
    id: 'thu-nghiem',
    version: 1,
    title: { vi: 'Biểu mẫu thử', en: 'Test form' },
    procedure: {
      code: '1.000001',
      name: { vi: 'Thủ tục thử' },
      agency: { vi: 'UBND phường' },
      agencyCode: 'H01',
      legalBasis: [{ vi: 'Luật thử' }],
      fee: { direct: 0, online: 0 },
      processingTime: { value: 1, unit: 'working-day' },
      topic: 'ho-tich',
      documents: [{ id: 'giay-to', name: { vi: 'Giấy tờ' }, field: 'coCon' }],
    },
    pages: [
      {
        id: 'ca-nhan',
        title: { vi: 'Thông tin cá nhân' },
        fields: [
          { id: 'hoTen', type: 'text', label: { vi: 'Họ và tên' } },
          { id: 'coCon', type: 'yes-no', label: { vi: 'Có con chưa?' } },
        ],
      },
      {
        id: 'con',
        title: { vi: 'Thông tin con' },
        visibleIf: { '==': [{ var: 'coCon' }, true] },
        fields: [{ id: 'tenCon', type: 'text', label: { vi: 'Tên con' }, visibleIf: { '==': [{ var: 'coCon' }, true] } }],
      },
    ],
    rules: [{ id: 'r1', field: 'tenCon', assert: { '!=': [{ var: 'tenCon' }, { var: 'hoTen' }] }, message: { vi: 'Khác tên' } }],
  }) as FormSchema;

describe('builder reducer', () => {
  it('adds a field from the palette where it was dropped, with a fresh id, and selects it', () => {
    const builder = driveBuilder(form()).add('text', 'ca-nhan', { index: 1 }).add('text', 'ca-nhan');
    expect(builder.fieldIds('ca-nhan')).toEqual(['hoTen', 'text1', 'coCon', 'text2']);
    expect(builder.state.selection).toEqual({ kind: 'field', fieldId: 'text2' });
    expect(formSchemaSchema.safeParse(builder.document).success).toBe(true);
  });

  it('reorders within a page and moves fields between pages', () => {
    const builder = driveBuilder(form()).move('coCon', 'ca-nhan', 0);
    expect(builder.fieldIds('ca-nhan')).toEqual(['coCon', 'hoTen']);
    builder.move('hoTen', 'con', 1);
    expect(builder.fieldIds('ca-nhan')).toEqual(['coCon']);
    expect(builder.fieldIds('con')).toEqual(['tenCon', 'hoTen']);
  });

  it('moves a field into a group and back out, but never a group into itself', () => {
    const builder = driveBuilder(form()).add('group', 'ca-nhan').move('hoTen', 'ca-nhan', 0, 'group1');
    expect(builder.fieldIds('ca-nhan', 'group1')).toEqual(['hoTen']);
    expect(builder.fieldIds('ca-nhan')).toEqual(['coCon', 'group1']);
    builder.add('group', 'ca-nhan', { parentId: 'group1' }).move('group1', 'ca-nhan', 0, 'group2');
    expect(builder.fieldIds('ca-nhan', 'group1')).toEqual(['hoTen', 'group2']);
    builder.move('hoTen', 'con', 0);
    expect(builder.fieldIds('con')).toEqual(['hoTen', 'tenCon']);
  });

  it('removes a field and forgets a selection of it', () => {
    const builder = driveBuilder(form()).select('hoTen').remove('hoTen');
    expect(builder.fieldIds('ca-nhan')).toEqual(['coCon']);
    expect(builder.state.selection).toEqual({ kind: 'form' });
  });

  it('duplicates a group with fresh ids whose inner conditions read the copy', () => {
    const builder = driveBuilder(form())
      .add('group', 'con')
      .move('tenCon', 'con', 0, 'group1')
      .add('yes-no', 'con', { parentId: 'group1' })
      .edit('tenCon', { visibleIf: { '==': [{ var: 'yesNo1' }, true] } })
      .duplicate('group1');
    expect(builder.fieldIds('con')).toEqual(['group1', 'group1_2']);
    expect(builder.fieldIds('con', 'group1_2')).toEqual(['tenCon_2', 'yesNo1_2']);
    expect(builder.field('tenCon_2').visibleIf).toEqual({ '==': [{ var: 'yesNo1_2' }, true] });
    expect(builder.field('tenCon').visibleIf).toEqual({ '==': [{ var: 'yesNo1' }, true] });
    expect(builder.state.selection).toEqual({ kind: 'field', fieldId: 'group1_2' });
    expect(formSchemaSchema.safeParse(builder.document).success).toBe(true);
  });

  it('renames a field and every reference to it: conditions, rules and documents', () => {
    const builder = driveBuilder(form()).rename('coCon', 'daCoCon');
    expect(builder.page('con').visibleIf).toEqual({ '==': [{ var: 'daCoCon' }, true] });
    expect(builder.field('tenCon').visibleIf).toEqual({ '==': [{ var: 'daCoCon' }, true] });
    expect(builder.document.procedure.documents[0]?.field).toBe('daCoCon');
    builder.rename('tenCon', 'hoTenCon');
    expect(builder.document.rules[0]).toMatchObject({ field: 'hoTenCon', assert: { '!=': [{ var: 'hoTenCon' }, { var: 'hoTen' }] } });
    expect(formSchemaSchema.safeParse(builder.document).success).toBe(true);
  });

  it('refuses a rename onto an id already taken', () => {
    const builder = driveBuilder(form()).rename('coCon', 'hoTen');
    expect(builder.fieldIds('ca-nhan')).toEqual(['hoTen', 'coCon']);
  });

  it('undoes typing into one property as one step, and a different property as another', () => {
    const builder = driveBuilder(form())
      .edit('hoTen', { label: { vi: 'H' } }, 'label.vi')
      .edit('hoTen', { label: { vi: 'Họ' } }, 'label.vi')
      .edit('hoTen', { label: { vi: 'Họ tên' } }, 'label.vi')
      .edit('hoTen', { hint: { vi: 'Như trên CCCD' } }, 'hint.vi');
    builder.undo();
    expect(builder.field('hoTen').label.vi).toBe('Họ tên');
    expect(builder.field('hoTen').hint).toBeUndefined();
    builder.undo();
    expect(builder.field('hoTen').label.vi).toBe('Họ và tên');
    builder.redo().redo();
    expect(builder.field('hoTen').hint?.vi).toBe('Như trên CCCD');
  });

  it('drops the redo history when a new edit is made after undoing', () => {
    const builder = driveBuilder(form()).add('text', 'ca-nhan').undo().add('email', 'ca-nhan').redo();
    expect(builder.fieldIds('ca-nhan')).toEqual(['hoTen', 'coCon', 'email1']);
  });

  it('keeps a bounded undo history', () => {
    const builder = driveBuilder(form());
    for (let i = 0; i < historyLimit + 10; i++) builder.add('text', 'con');
    builder.undo(historyLimit + 10);
    expect(builder.fieldIds('con')).toHaveLength(11);
  });

  it('adds, reorders, renames and removes pages, keeping at least one', () => {
    const builder = driveBuilder(form()).addPage(1);
    expect(builder.pageIds()).toEqual(['ca-nhan', 'trang-3', 'con']);
    expect(builder.state.selection).toEqual({ kind: 'page', pageId: 'trang-3' });
    builder.editPage('trang-3', { id: 'dia-chi' }).movePage('dia-chi', 0);
    expect(builder.pageIds()).toEqual(['dia-chi', 'ca-nhan', 'con']);
    expect(builder.state.selection).toEqual({ kind: 'page', pageId: 'dia-chi' });
    builder.removePage('dia-chi').removePage('con').removePage('ca-nhan');
    expect(builder.pageIds()).toEqual(['ca-nhan']);
  });

  it('counts document changes for autosave, but not selection changes', () => {
    const builder = driveBuilder(form()).select('hoTen').select('coCon');
    expect(builder.state.revision).toBe(0);
    builder.add('text', 'con').undo();
    expect(builder.state.revision).toBe(2);
  });
});

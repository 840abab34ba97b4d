import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { licenceExchangeForm } from '@mocks/data/forms/doi-giay-phep-lai-xe';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

const pdf = (name: string) => [{ id: `att-${name}`, name: `${name}.pdf`, size: 150_000, type: 'application/pdf' }];

describe('Đổi giấy phép lái xe (3.000347), for "anh-hung", whose car licence expires soon', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the population and driving-licence databases except his reason and health certificate, and is filed', async () => {
    const hung = personaRecord('anh-hung');
    const car = syntheticRegistry().drivingLicencesOf(hung.soDinhDanh).find((licence) => licence.ngayHetHan !== undefined);
    const typed = { lyDoDoi: 'hetHan', giayKhamSucKhoe: pdf('giay-kham-suc-khoe'), cachNhanKetQua: 'trucTiep', camDoan: true };
    const done = await completeAsPersona(licenceExchangeForm, 'anh-hung', {
      awaitPrefilled: ['hoTen', 'soDinhDanh', 'gplxSo', 'gplxHang', 'gplxNgayHetHan', 'hangDeNghi'],
      typed,
    });

    // The car licence, not his motorbike one, and its new class under the 2024 law
    expect(done.answers.gplxSo).toBe(car?.soGiayPhep);
    expect(done.answers.gplxNgayHetHan).toBe(car?.ngayHetHan);
    expect([done.answers.gplxHang, done.answers.hangDeNghi]).toEqual(['B2', 'B']);
    expect(done.errors).toEqual(new Map());
    expect(done.typed).toEqual(Object.keys(typed));
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 12, of: 16 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

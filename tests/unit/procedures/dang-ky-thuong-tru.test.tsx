import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { permanentResidenceForm } from '@mocks/data/forms/dang-ky-thuong-tru';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

const pdf = (name: string) => [{ id: `att-${name}`, name: `${name}.pdf`, size: 180_000, type: 'application/pdf' }];

describe('Đăng ký thường trú (1.004222), for "anh-khoa" moving his permanent residence to the flat he rents', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except the tenancy and the owner, and is filed', async () => {
    const khoa = personaRecord('anh-khoa');
    // Any other citizen stands in for the landlady: she agrees in VNeID, he only names her.
    const owner = personaRecord('co-phuong');
    const typed = {
      chuHoLa: 'banThan',
      choOHopPhap: 'thueMuonONho',
      hopDongThue: pdf('hop-dong-thue-nha'),
      dienTichSan: '15',
      chuSoHuuHoTen: owner.hoTen,
      chuSoHuuSoDinhDanh: owner.soDinhDanh,
      camDoan: true,
    };
    const done = await completeAsPersona(permanentResidenceForm, 'anh-khoa', {
      awaitPrefilled: ['noiDangKy', 'hoTen', 'soDinhDanh', 'soDienThoai', 'email'],
      typed,
    });

    // The new permanent residence is where he lives now, not the household he is registered in
    expect(done.answers.noiDangKy).toMatchObject({ provinceCode: khoa.noiOHienTai.tinh, wardCode: khoa.noiOHienTai.xa });
    expect(done.answers.hoTen).toBe(khoa.hoTen);
    expect(done.errors).toEqual(new Map());
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 7, of: 15 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryResidenceForm } from '@mocks/data/forms/dang-ky-tam-tru';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

const pdf = (name: string) => [{ id: `att-${name}`, name: `${name}.pdf`, size: 180_000, type: 'application/pdf' }];
/** An ISO date `months` from today: the end of his stay. */
const monthsAhead = (months: number): string => {
  const day = new Date();
  day.setMonth(day.getMonth() + months);
  return day.toISOString().slice(0, 10);
};

describe('Đăng ký tạm trú (1.004194), for "anh-khoa", who lives away from his registered home', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except his stay and the tenancy, and is filed', async () => {
    const khoa = personaRecord('anh-khoa');
    const owner = personaRecord('co-phuong');
    const typed = {
      tamTruDenNgay: monthsAhead(12),
      chuHoLa: 'banThan',
      choOHopPhap: 'thueMuonONho',
      hopDongThue: pdf('hop-dong-thue-phong'),
      chuSoHuuHoTen: owner.hoTen,
      chuSoHuuSoDinhDanh: owner.soDinhDanh,
      camDoan: true,
    };
    const done = await completeAsPersona(temporaryResidenceForm, 'anh-khoa', {
      awaitPrefilled: ['noiDangKy', 'hoTen', 'soDinhDanh', 'soDienThoai', 'email'],
      typed,
    });

    expect(done.answers.noiDangKy).toMatchObject({ provinceCode: khoa.noiOHienTai.tinh, wardCode: khoa.noiOHienTai.xa });
    expect(done.answers.soDinhDanh).toBe(khoa.soDinhDanh);
    expect(done.errors).toEqual(new Map());
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 7, of: 15 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

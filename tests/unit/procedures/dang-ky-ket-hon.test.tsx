import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { marriageRegistrationForm } from '@mocks/data/forms/dang-ky-ket-hon';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

describe('Đăng ký kết hôn (1.000894), for the groom "anh-khoa"', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('fills his column from his record and hers from the record she shared with him, and is filed', async () => {
    const khoa = personaRecord('anh-khoa');
    const [consent] = syntheticRegistry().sharingConsentsTo(khoa.soDinhDanh);
    const fiancee = syntheticRegistry().person(consent?.nguoiChiaSe ?? '');
    if (!fiancee) throw new Error('anh-khoa needs a fiancée in the synthetic population');
    const typed = {
      benNuKetHonLanThu: '1', benNuTinhTrangHonNhan: 'docThan', benNamKetHonLanThu: '1', yeuCauBanSao: false, camDoan: true,
    };
    const done = await completeAsPersona(marriageRegistrationForm, 'anh-khoa', {
      // Her number, and that she has agreed in VNeID: the two things he says about her
      first: { benNuSoDinhDanh: fiancee.soDinhDanh, benNuDongYChiaSe: true },
      awaitPrefilled: ['coQuanDangKy', 'nguoiNopLa', 'benNamSoDinhDanh', 'benNamHoTen', 'benNamTinhTrangHonNhan', 'benNuHoTen', 'benNuNoiCuTru'],
      typed,
    });

    expect([done.answers.benNuHoTen, done.answers.benNuNgaySinh]).toEqual([fiancee.hoTen, fiancee.ngaySinh]);
    expect([done.answers.nguoiNopLa, done.answers.benNamHoTen, done.answers.benNamTinhTrangHonNhan]).toEqual(['nam', khoa.hoTen, 'docThan']);
    expect(Object.fromEntries(done.errors)).toEqual({});
    expect(done.typed).toEqual([
      'benNuSoDinhDanh', 'benNuDongYChiaSe', 'benNuKetHonLanThu', 'benNuTinhTrangHonNhan', 'benNamKetHonLanThu',
      'giayXacNhanTinhTrangHonNhan', 'yeuCauBanSao', 'camDoan',
    ]);
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 16, of: 24 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

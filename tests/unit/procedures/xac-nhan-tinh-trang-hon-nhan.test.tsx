import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { maritalStatusForm } from '@mocks/data/forms/xac-nhan-tinh-trang-hon-nhan';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

describe('Cấp Giấy xác nhận tình trạng hôn nhân (1.004873), for "anh-khoa" about himself', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from his own records except the purpose, and is filed', async () => {
    const typed = { nycQuanHe: 'banThan', mucDichSuDung: 'giaoDichTaiSan', soLuongBan: '1', cachNhanKetQua: 'trucTuyen', camDoan: true };
    const done = await completeAsPersona(maritalStatusForm, 'anh-khoa', {
      awaitPrefilled: ['coQuanCap', 'nycHoTen', 'xnSoDinhDanh', 'xnHoTen', 'xnNoiCuTru', 'tinhTrangHonNhan'],
      typed,
    });
    const khoa = personaRecord('anh-khoa');

    // Registered with his parents, so the certificate comes from that commune, not where he lives now
    expect(done.answers.coQuanCap).toMatchObject({ provinceCode: khoa.thuongTru.tinh, wardCode: khoa.thuongTru.xa });
    expect([done.answers.xnSoDinhDanh, done.answers.xnHoTen, done.answers.tinhTrangHonNhan]).toEqual([khoa.soDinhDanh, khoa.hoTen, 'docThan']);
    expect(Object.fromEntries(done.errors)).toEqual({});
    expect(done.typed).toEqual(['nycQuanHe', 'mucDichSuDung', 'soLuongBan', 'giayToKhac', 'cachNhanKetQua', 'camDoan']);
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 15, of: 21 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

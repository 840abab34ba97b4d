import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deathRegistrationForm } from '@mocks/data/forms/dang-ky-khai-tu';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

describe('Đăng ký khai tử (1.000656), for "anh-hung", whose father died in hospital', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the death notice and the population database, and is filed', async () => {
    const hung = personaRecord('anh-hung');
    const parent = hung.cha ?? hung.me;
    const notice = syntheticRegistry().deathNoticeOf(parent?.soDinhDanh ?? '');
    if (!parent || !notice) throw new Error('anh-hung needs a parent with a death notice');
    const typed = { yeuCauBanSao: true, soBanSao: '2', cachNhanKetQua: 'trucTuyen', camDoan: true };
    const done = await completeAsPersona(deathRegistrationForm, 'anh-hung', {
      // He asks for his father's population record to be used: the one thing he does about him
      first: { ntDongYKhaiThac: true },
      awaitPrefilled: ['coQuanDangKy', 'nycHoTen', 'nycQuanHe', 'ntSoDinhDanh', 'ntHoTen', 'ntNoiCuTru', 'gioChet', 'giayBaoTuSo'],
      typed,
    });

    expect([done.answers.ntHoTen, done.answers.ntNgaySinh, done.answers.nycQuanHe]).toEqual([parent.hoTen, notice.nguoiChet.ngaySinh, 'con']);
    expect([done.answers.ngayChet, done.answers.gioChet, done.answers.phutChet]).toEqual([notice.ngayChet, String(notice.gioChet), String(notice.phutChet)]);
    expect(Object.fromEntries(done.errors)).toEqual({});
    // He keeps no email address in VNeID: left blank, it counts as his own answer
    expect(done.typed).toEqual(['nycEmail', 'ntDongYKhaiThac', 'giayBaoTu', 'giayToKhac', ...Object.keys(typed)]);
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 24, of: 32 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

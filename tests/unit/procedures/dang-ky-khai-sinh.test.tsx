import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { birthRegistrationForm } from '@mocks/data/forms/birth-registration';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

describe('Đăng ký khai sinh (1.001193), for the mother "chi-lan"', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except what only she can say, and is filed', async () => {
    const typed = {
      nycQuanHe: 'me', treDanToc: '01', treQuocTich: 'VN', treQueQuan: 'Xã Phú Nghĩa, Thành phố Đồng Nai',
      yeuCauBanSao: false, cachNhanKetQua: 'trucTuyen', camDoan: true,
    };
    const done = await completeAsPersona(birthRegistrationForm, 'chi-lan', {
      // The father agrees to share his data: the one thing about him she must do
      first: { chaDongYChiaSe: true },
      // The mother is the citizen herself, read without consent; the father once he agreed
      awaitPrefilled: ['nycHoTen', 'treHoTen', 'meHoTen', 'ketHonSo', 'chaSoDinhDanh', 'chaHoTen'],
      typed,
    });

    expect(done.answers.chaHoTen).toBe(personaRecord('anh-hung').hoTen);
    expect(done.errors).toEqual(new Map());
    expect(done.typed).toEqual([...Object.keys(typed).slice(0, 4), 'chaDongYChiaSe', 'giayChungSinh', 'giayToKhac', ...Object.keys(typed).slice(4)]);
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 31, of: 41 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

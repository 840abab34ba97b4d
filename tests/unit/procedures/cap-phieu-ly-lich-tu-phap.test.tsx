import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { criminalRecordForm } from '@mocks/data/forms/cap-phieu-ly-lich-tu-phap';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

describe('Cấp Phiếu lý lịch tư pháp (3.000333), for "anh-khoa"', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except his residence history and request, and is filed', async () => {
    const khoa = personaRecord('anh-khoa');
    const typed = {
      quaTrinhCuTru: [
        { tuThang: '10/2017', denThang: '08/2021', noiCuTru: `${khoa.thuongTru.chiTiet}, ${khoa.thuongTru.tenXa}, ${khoa.thuongTru.tenTinh}`, ngheNghiep: 'Học sinh' },
        { tuThang: '09/2021', denThang: '', noiCuTru: `${khoa.noiOHienTai.chiTiet}, ${khoa.noiOHienTai.tenXa}, ${khoa.noiOHienTai.tenTinh}`, ngheNghiep: 'Sinh viên' },
      ],
      loaiPhieu: 'so1',
      xacNhanCamDamNhiem: false,
      mucDich: 'Bổ sung hồ sơ xin việc',
      soLuongPhieu: '1',
      doiTuong: 'thongThuong',
      cachNhanKetQua: 'banDienTu',
      camDoan: true,
    };
    const done = await completeAsPersona(criminalRecordForm, 'anh-khoa', {
      awaitPrefilled: ['hoTen', 'noiSinh', 'noiThuongTru', 'chaHoTen', 'meHoTen', 'soDienThoai'],
      typed,
    });

    expect(done.answers.chaHoTen).toBe(khoa.cha?.hoTen);
    expect(done.answers.meHoTen).toBe(khoa.me?.hoTen);
    expect(done.answers.soDinhDanh).toBe(khoa.soDinhDanh);
    expect(done.errors).toEqual(new Map());
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 13, of: 24 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

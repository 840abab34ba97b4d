import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { landChangeForm } from '@mocks/data/forms/dang-ky-bien-dong-dat-dai';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

const pdf = (name: string) => [{ id: `att-${name}`, name: `${name}.pdf`, size: 240_000, type: 'application/pdf' }];

describe('Đăng ký biến động đất đai (1.013831), for "chu-tam", selling his home plot', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except the change itself, and is filed', async () => {
    // The buyer is no relative: the population database will not share her record, so he types it
    const buyer = personaRecord('co-phuong');
    const typed = {
      loaiBienDong: 'chuyenNhuong',
      moTaBienDong: 'Chuyển nhượng toàn bộ thửa đất theo hợp đồng công chứng số 1520/2026 ngày 12/11/2026',
      benNhanHoTen: buyer.hoTen, benNhanNgaySinh: buyer.ngaySinh, benNhanSoDinhDanh: buyer.soDinhDanh,
      benNhanDiaChi: {
        provinceCode: buyer.thuongTru.tinh, provinceName: buyer.thuongTru.tenTinh,
        wardCode: buyer.thuongTru.xa, wardName: buyer.thuongTru.tenXa, street: buyer.thuongTru.chiTiet,
      },
      mienGiam: false, giayChungNhan: pdf('giay-chung-nhan'), hopDong: pdf('hop-dong-chuyen-nhuong'),
      capMoiGcn: 'co', cachNhanKetQua: 'trucTiep', camDoan: true,
    };
    const done = await completeAsPersona(landChangeForm, 'chu-tam', {
      awaitPrefilled: ['nsdHoTen', 'nsdDienThoai', 'gcnSoPhatHanh', 'thuaDatSo'],
      typed,
    });

    const tam = personaRecord('chu-tam');
    const [first] = syntheticRegistry().parcelsOf(tam.soDinhDanh);
    expect(done.answers.gcnSoVaoSo).toBe(first?.giayChungNhan.soVaoSo);
    expect(done.answers.thuaDatSo).toBe(String(first?.soThua));
    expect(done.errors).toEqual(new Map());
    // Besides the change, only the lists and papers he may leave empty
    const keys = Object.keys(typed);
    expect(done.typed).toEqual(['nguoiCungSuDung', ...keys.slice(0, 9), 'toKhaiThue', 'giayToKhac', ...keys.slice(9)]);
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 13, of: 28 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

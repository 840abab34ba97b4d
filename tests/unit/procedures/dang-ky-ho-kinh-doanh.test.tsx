import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { householdBusinessForm } from '@mocks/data/forms/dang-ky-ho-kinh-doanh';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const pdf = (name: string) => [{ id: `att-${name}`, name: `${name}.pdf`, size: 120_000, type: 'application/pdf' }];

describe('Đăng ký thành lập hộ kinh doanh (1.001612), for "anh-hung", who holds his home plot with his wife', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except what only he can say, and is filed', async () => {
    const typed = {
      tenRieng: 'Tạp hóa Hùng Lan', nganhNgheChinh: '4711', nganhNgheKhac: [{ maNganh: '4723' }], vonKinhDoanh: '150.000.000',
      ngayBatDauHoatDong: inDays(14), tongSoLaoDong: '2', phuongPhapTinhThueGtgt: 'trucTiep',
      thanhVienGopVon: true, voChongGopVon: true, voChongVonGop: '50.000.000', bienBanHopThanhVien: pdf('bien-ban-hop'), camKet: true,
    };
    const done = await completeAsPersona(householdBusinessForm, 'anh-hung', {
      awaitPrefilled: ['chuHoHoTen', 'chuHoDienThoai', 'truSoDiaChi', 'voChongHoTen'],
      typed,
    });

    const hung = personaRecord('anh-hung');
    const [plot] = syntheticRegistry().parcelsOf(hung.soDinhDanh);
    expect(done.answers.voChongSoDinhDanh).toBe(hung.voChong?.soDinhDanh);
    expect(done.answers.truSoDiaChi).toMatchObject({ wardCode: plot?.diaChi.xa, street: plot?.diaChi.chiTiet });
    expect(done.errors).toEqual(new Map());
    // Besides his answers, only what he may leave blank: his VNeID account holds no email address
    expect(done.typed).toEqual(['chuHoEmail', 'tenRieng', 'truSoEmail', 'truSoWebsite', ...Object.keys(typed).slice(1, 10), 'thanhVienKhac', 'bienBanHopThanhVien', 'giayToKhac', 'camKet']);
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 15, of: 32 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });
});

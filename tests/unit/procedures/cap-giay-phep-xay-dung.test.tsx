import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildingPermitForm } from '@mocks/data/forms/cap-giay-phep-xay-dung';
import { completeAsPersona } from '../../utils/complete-as-persona';
import { personaRecord, syntheticRegistry } from '../../utils/personas';
import { signOut } from '../../utils/sign-in';

const drawings = [{ id: 'att-ban-ve', name: 'ban-ve-thiet-ke.pdf', size: 4_800_000, type: 'application/pdf' }];
const house = {
  tuThietKe: false, tkTen: 'Công ty TNHH Kiến trúc Minh Phát', tkMaChungChi: 'PTH-00031245', tkChuNhiem: 'Lê Quang Vinh',
  capCongTrinh: 'capIII', dienTichXayDungTang1: '120', tongDienTichSan: '240', chieuCao: '8,5', soTang: '2', soTangHam: '0',
  cotXayDung: '0,45', khoangLui: '2', duKienHoanThanh: '8', banVeThietKe: drawings, cachNhanKetQua: 'trucTuyen', camKet: true,
};

describe('Cấp giấy phép xây dựng nhà ở riêng lẻ (1.013225), for "chu-tam", building on his home plot', () => {
  afterEach(() => {
    cleanup();
    signOut();
  });

  it('is filled from the databases except the house itself, and is filed', async () => {
    const done = await completeAsPersona(buildingPermitForm, 'chu-tam', {
      awaitPrefilled: ['cdtHoTen', 'cdtDienThoai', 'loDatSo', 'diaChiXayDung'],
      typed: house,
    });

    const [plot] = syntheticRegistry().parcelsOf(personaRecord('chu-tam').soDinhDanh);
    expect(done.answers.loDatSo).toBe(String(plot?.soThua));
    expect(done.answers.diaChiXayDung).toMatchObject({ wardCode: plot?.diaChi.xa, street: plot?.diaChi.chiTiet });
    expect(done.errors).toEqual(new Map());
    const keys = Object.keys(house);
    // Besides the house, only what he may leave blank: the lead designer's own number and more papers
    expect(done.typed).toEqual([...keys.slice(0, 4), 'tkChuNhiemMaChungChi', ...keys.slice(4, 14), 'giayChungNhan', 'giayToKhac', ...keys.slice(14)]);
    expect({ prefilled: done.prefilled.length, of: Object.keys(done.answers).length }).toEqual({ prefilled: 8, of: 27 });
    const receipt = await done.submit();
    expect(receipt.dossierCode).toMatch(/\S/);
  });

  const problemsOf = async (answers: Record<string, unknown>) => {
    const done = await completeAsPersona(buildingPermitForm, 'chu-tam', { awaitPrefilled: ['dienTichLoDat'], typed: { ...house, ...answers } });
    return [...done.errors.values()].flat().map((error) => error.fieldId);
  };

  it('refuses a ground floor larger than the plot or than the total floor area', async () => {
    expect(await problemsOf({ dienTichXayDungTang1: '5000', tongDienTichSan: '300' })).toEqual(['dienTichXayDungTang1', 'tongDienTichSan']);
  });

  it('refuses a house the household may not design itself', async () => {
    expect(await problemsOf({ tuThietKe: true, tongDienTichSan: '300', soTang: '3', chieuCao: '12,5' })).toEqual(['tongDienTichSan']);
    cleanup();
    signOut();
    // Under 12 m high, the household may design it
    expect(await problemsOf({ tuThietKe: true, tongDienTichSan: '300', soTang: '3', chieuCao: '11,9' })).toEqual([]);
  });
});

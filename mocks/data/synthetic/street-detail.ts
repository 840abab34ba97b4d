import type { Province, Ward } from './places';
import type { Rng } from './random';

/**
 * The `chiTiet` part of an address — what goes before the ward: house number, lane, street,
 * residential group, hamlet. Northern towns write "Số 12, ngõ 45, phố Huế", southern ones
 * "Số 125/7 đường Nguyễn Trãi, khu phố 3"; villages are thôn in the north and centre, ấp in the
 * south, bản in the mountains.
 */
const streets = [
  'Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Quang Trung', 'Hùng Vương',
  'Lê Duẩn', 'Trần Phú', 'Nguyễn Huệ', 'Phan Đình Phùng', 'Nguyễn Văn Cừ', 'Điện Biên Phủ', 'Lê Lai',
  'Ngô Quyền', 'Bà Triệu', 'Phan Chu Trinh', 'Nguyễn Du', 'Lê Hồng Phong', 'Hoàng Diệu', 'Nguyễn Thị Minh Khai',
  'Võ Thị Sáu', 'Cách Mạng Tháng Tám', 'Nguyễn Đình Chiểu', 'Pasteur', 'Lý Tự Trọng', 'Trường Chinh',
  'Hoàng Văn Thụ', 'Tôn Đức Thắng', 'Nguyễn Chí Thanh', 'Lạc Long Quân', 'Âu Cơ', 'Phạm Văn Đồng',
] as const;
const northernStreets = [
  'phố Huế', 'phố Hàng Bạc', 'phố Bạch Mai', 'phố Kim Mã', 'phố Tô Hiệu', 'phố Chùa Láng', 'phố Minh Khai',
  'phố Tây Sơn', 'phố Thái Hà', 'phố Đội Cấn', 'phố Lò Đúc', 'phố Vọng', 'phố Nguyễn Khang', 'phố Hoàng Hoa Thám',
] as const;
const hamletNames = [
  'Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Đoài', 'An Lạc', 'Phú Mỹ', 'Tân Lập', 'Đồng Tâm',
  'Hòa Bình', 'Quyết Tiến', 'Thống Nhất', 'Bình Minh', 'Yên Thịnh', 'Phúc Hậu', 'Vĩnh Phong', 'Làng Mới',
] as const;
const southernHamlets = [
  'Bình Hòa', 'Tân Thạnh', 'Mỹ Phước', 'Long Hưng', 'Phú Thạnh', 'An Thới', 'Hòa Lợi', 'Thạnh Lộc', 'Vĩnh Hòa',
  'Tân Hiệp', 'Phước Lợi', 'Bình Thủy', 'Mỹ Lợi', 'Long Thạnh', 'Tân Phú', 'Rạch Gốc',
] as const;
const highlandVillages = [
  'Nà Phặc', 'Co Muông', 'Pác Bó', 'Nà Hẩu', 'Sả Séng', 'Lũng Cú', 'Phiêng Luông', 'Hua Pàng', 'Nậm Cang',
  'Khau Vai', 'Tà Phìn', 'Na Hang', 'Bản Giốc', 'Sín Chải', 'Pa Khoang', 'Mường Phăng',
] as const;
const highlandsBuon = ['Buôn Đôn', 'Buôn Ko Tam', 'Buôn Ale A', 'Buôn Trí', 'Buôn Ea Kmăt', 'Buôn Jun'] as const;

const houseNumber = (rng: Rng) => (rng.chance(0.2) ? `${rng.int(1, 300)}${rng.pick(['A', 'B', 'C'])}` : String(rng.int(1, 420)));

function townDetail(rng: Rng, province: Province): string {
  if (province.region === 'south') {
    const number = rng.chance(0.35) ? `${rng.int(1, 400)}/${rng.int(1, 60)}` : houseNumber(rng);
    return `Số ${number} đường ${rng.pick(streets)}, khu phố ${rng.int(1, 12)}`;
  }
  if (province.region === 'north' && rng.chance(0.6)) {
    const street = rng.chance(0.5) ? rng.pick(northernStreets) : `đường ${rng.pick(streets)}`;
    if (rng.chance(0.4)) return `Số ${rng.int(1, 60)}, ngách ${rng.int(2, 80)}, ngõ ${rng.int(2, 320)}, ${street}`;
    return `Số ${houseNumber(rng)}, ngõ ${rng.int(2, 320)}, ${street}`;
  }
  if (rng.chance(0.25)) return `Tổ dân phố ${rng.int(1, 25)}`;
  return `Số ${houseNumber(rng)} đường ${rng.pick(streets)}, tổ ${rng.int(1, 20)}`;
}

function villageDetail(rng: Rng, province: Province, ward: Ward): string {
  if (province.region === 'south') return rng.chance(0.4) ? `Ấp ${rng.int(1, 9)}` : `Ấp ${rng.pick(southernHamlets)}`;
  if (province.region === 'highlands') return `Bản ${rng.pick(highlandVillages)}`;
  if (province.code === '66' && rng.chance(0.4)) return rng.pick(highlandsBuon);
  if (ward.kind === 'dacKhu') return `Thôn ${rng.int(1, 8)}`;
  if (rng.chance(0.3)) return `Xóm ${rng.int(1, 12)}, thôn ${rng.pick(hamletNames)}`;
  return rng.chance(0.3) ? `Thôn ${rng.int(1, 15)}` : `Thôn ${rng.pick(hamletNames)}`;
}

export function streetDetail(rng: Rng, province: Province, ward: Ward): string {
  return ward.kind === 'phuong' ? townDetail(rng, province) : villageDetail(rng, province, ward);
}

/** A street address for an office or a hospital (always on a street, even in a commune). */
export const officeDetail = (rng: Rng): string => `Số ${houseNumber(rng)} đường ${rng.pick(streets)}`;

import { is } from '../conditions';
import { fromDeathNotice } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/**
 * "Đã chết vào lúc … giờ … phút, ngày … tháng … năm", nơi chết, nguyên nhân chết and the death
 * notice, all as the electronic death notice gives them. There is no time field type: the hour
 * and the minute are two whole numbers, as the paper form writes them (and a number pad on a phone).
 */
export const deathPage: PublishedPage = {
  id: 'thong-tin-chet',
  title: text('Thời gian, nơi chết và Giấy báo tử', 'Time and place of death, death notice'),
  fields: [
    { id: 'ngayChet', type: 'date', label: text('Ngày chết', 'Date of death'), required: true, notInFuture: true, ...fromDeathNotice('ngayChet', 'locked') },
    {
      id: 'gioChet',
      type: 'number',
      label: text('Lúc (giờ)', 'At (hour)'),
      hint: text('Từ 0 đến 23', 'From 0 to 23'),
      required: true,
      decimals: 0,
      min: 0,
      max: 23,
      unit: text('giờ', 'h'),
      width: '2',
      expectedLength: 2,
      ...fromDeathNotice('gioChet', 'locked'),
    },
    {
      id: 'phutChet',
      type: 'number',
      label: text('Phút', 'Minute'),
      hint: text('Từ 0 đến 59', 'From 0 to 59'),
      required: true,
      decimals: 0,
      min: 0,
      max: 59,
      unit: text('phút', 'min'),
      width: '2',
      expectedLength: 2,
      ...fromDeathNotice('phutChet', 'locked'),
    },
    {
      id: 'noiChetLoai',
      type: 'radios',
      label: text('Nơi chết', 'Place of death'),
      required: true,
      options: [
        { value: 'coSoYTe', label: text('Cơ sở y tế', 'Health facility') },
        { value: 'noiKhac', label: text('Nơi khác', 'Somewhere else'), hint: text('Ví dụ: tại nhà', 'For example at home') },
      ],
      ...fromDeathNotice('noiChet.loai', 'editable'),
    },
    {
      id: 'noiChetTenCoSoYTe',
      type: 'text',
      label: text('Tên cơ sở y tế', 'Name of the health facility'),
      visibleIf: is('noiChetLoai', 'coSoYTe'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 30,
      ...fromDeathNotice('noiChet.tenCoSoYTe', 'locked'),
    },
    { id: 'noiChetDiaChi', type: 'address', label: text('Địa chỉ nơi chết', 'Address of the place of death'), required: true, requireStreet: false, ...fromDeathNotice('noiChet.diaChi', 'locked') },
    {
      id: 'nguyenNhanChet',
      type: 'text',
      label: text('Nguyên nhân chết', 'Cause of death'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 20,
      ...fromDeathNotice('nguyenNhanChet', 'locked'),
    },
    {
      id: 'giayBaoTuSo',
      type: 'text',
      label: text('Số Giấy báo tử hoặc giấy tờ thay thế', 'Number of the death notice or of the document standing in for it'),
      required: true,
      maxLength: 50,
      width: '20',
      expectedLength: 8,
      ...fromDeathNotice('soGiayBaoTu', 'locked'),
    },
    { id: 'giayBaoTuNgayCap', type: 'date', label: text('Ngày cấp', 'Issued on'), required: true, notInFuture: true, ...fromDeathNotice('ngayCap', 'locked') },
    {
      id: 'giayBaoTuNoiCap',
      type: 'text',
      label: text('Cơ quan cấp', 'Issued by'),
      hint: text('Cơ sở y tế; hoặc Công an cấp xã nếu chết ngoài cơ sở y tế', 'The health facility; or the commune police for a death elsewhere'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 30,
      ...fromDeathNotice('noiCap', 'locked'),
    },
  ],
};

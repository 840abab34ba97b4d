import { ownFullName } from '../own-identity';
import { fromIdentityAccount, fromLand, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

const otherParcel = text(
  'Điền sẵn theo thửa đất đầu tiên bạn đứng tên trong Cơ sở dữ liệu đất đai. Nếu biến động thửa đất khác, hãy sửa theo Giấy chứng nhận của thửa đó.',
  'Filled in from the first parcel the National Land Database lists for you. If the change concerns another parcel, correct this from that parcel’s certificate.',
);

/** "Kính gửi" and item 1: the land user, from the population database and VNeID. */
export const holderPage: PublishedPage = {
  id: 'nguoi-su-dung-dat',
  title: text('Người sử dụng đất', 'The land user'),
  fields: [
    {
      id: 'kinhGui',
      type: 'content',
      variant: 'inset',
      label: text(
        'Kính gửi: Văn phòng đăng ký đất đai (Chi nhánh Văn phòng đăng ký đất đai) nơi có thửa đất.',
        'To: the land registration office (or its branch) where the parcel lies.',
      ),
    },
    ownFullName('nsdHoTen'),
    {
      id: 'nsdSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân', 'Personal identification number'),
      hint: text('Giấy tờ nhân thân: thẻ Căn cước hoặc Căn cước công dân', 'Identity document: your identity card'),
      required: true,
      ...fromPopulation('soDinhDanh', 'locked'),
    },
    {
      id: 'nsdDiaChi',
      type: 'address',
      label: text('Địa chỉ thường trú', 'Permanent address'),
      required: true,
      requireStreet: true,
      ...fromPopulation('thuongTru', 'locked'),
    },
    {
      id: 'nsdDienThoai',
      type: 'phone',
      label: text('Số điện thoại di động', 'Mobile phone number'),
      required: true,
      allowLandline: false,
      ...fromIdentityAccount('soDienThoai'),
    },
    {
      id: 'nsdEmail',
      type: 'email',
      label: text('Thư điện tử', 'Email address'),
      required: false,
      ...fromIdentityAccount('thuDienTu'),
    },
    {
      id: 'nguoiCungSuDung',
      type: 'repeatable-group',
      label: text('Người cùng sử dụng đất (nếu có)', 'Co-users of the land (if any)'),
      hint: text(
        'Ví dụ: vợ hoặc chồng cùng đứng tên trên Giấy chứng nhận (Bảng 01 kèm theo đơn).',
        'For example your spouse named with you on the certificate (Table 01 of the form).',
      ),
      required: false,
      minItems: 0,
      maxItems: 10,
      itemLabel: text('Người cùng sử dụng', 'Co-user'),
      addLabel: text('Thêm người cùng sử dụng', 'Add a co-user'),
      fields: [
        { id: 'hoTen', type: 'text', label: text('Họ, chữ đệm và tên', 'Full name'), required: true, maxLength: 100, width: 'full', expectedLength: 18 },
        { id: 'soDinhDanh', type: 'citizen-id', label: text('Số định danh cá nhân', 'Personal identification number'), required: true },
      ],
    },
  ],
};

/** Item 2: the certificate already issued, and the parcel it covers, from the land database. */
export const certificatePage: PublishedPage = {
  id: 'giay-chung-nhan-da-cap',
  title: text('Giấy chứng nhận đã cấp và thửa đất', 'The certificate already issued and the parcel'),
  description: otherParcel,
  fields: [
    {
      id: 'gcnSoVaoSo',
      type: 'text',
      label: text('Số vào sổ cấp Giấy chứng nhận', 'Certificate register entry'),
      hint: text('Ví dụ: CH 01234, CS 12345', 'For example CH 01234 or CS 12345'),
      required: true,
      maxLength: 20,
      width: '10',
      expectedLength: 8,
      ...fromLand('giayChungNhan.soVaoSo', 'editable'),
    },
    {
      id: 'gcnSoPhatHanh',
      type: 'text',
      label: text('Số phát hành Giấy chứng nhận (số seri)', 'Certificate serial number'),
      hint: text('Ví dụ: AM 143443 hoặc AA 01695788', 'For example AM 143443 or AA 01695788'),
      required: true,
      maxLength: 12,
      pattern: {
        regex: '^(?:[A-ZĐ]{2} ?\\d{6}|AA ?\\d{8}|D ?\\d{7})$',
        message: text(
          'Số seri gồm 2 chữ cái in hoa và 6 chữ số (mẫu mới: AA và 8 chữ số)',
          'The serial is 2 capital letters and 6 digits (new form: AA and 8 digits)',
        ),
      },
      width: '10',
      expectedLength: 9,
      ...fromLand('giayChungNhan.soPhatHanh', 'editable'),
    },
    {
      id: 'gcnNgayCap',
      type: 'date',
      label: text('Ngày cấp Giấy chứng nhận', 'Certificate issued on'),
      required: true,
      notInFuture: true,
      ...fromLand('giayChungNhan.ngayCap', 'editable'),
    },
    {
      id: 'thuaDatToBanDo',
      type: 'number',
      label: text('Tờ bản đồ số', 'Map sheet number'),
      required: true,
      decimals: 0,
      min: 1,
      max: 9999,
      width: '4',
      expectedLength: 2,
      ...fromLand('soTo', 'editable'),
    },
    {
      id: 'thuaDatSo',
      type: 'number',
      label: text('Thửa đất số', 'Parcel number'),
      required: true,
      decimals: 0,
      min: 1,
      max: 99999,
      width: '5',
      expectedLength: 3,
      ...fromLand('soThua', 'editable'),
    },
    {
      id: 'thuaDatDienTich',
      type: 'number',
      label: text('Diện tích', 'Area'),
      required: true,
      decimals: 1,
      min: 0.1,
      unit: text('m²', 'm²'),
      width: '10',
      expectedLength: 4,
      ...fromLand('dienTich', 'editable'),
    },
    {
      id: 'thuaDatMucDich',
      type: 'text',
      label: text('Mục đích sử dụng', 'Land use'),
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 20,
      ...fromLand('mucDichSuDung', 'editable'),
    },
    {
      id: 'thuaDatDiaChi',
      type: 'address',
      label: text('Địa chỉ thửa đất', 'Address of the parcel'),
      required: true,
      requireStreet: false,
      ...fromLand('diaChi', 'editable'),
    },
  ],
};

import { ownFullName } from '../own-identity';
import { is } from '../conditions';
import { fromIdentityAccount, fromLand, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/** Item 1: the owner (chủ đầu tư), a person here: a detached house is a household's own. */
export const ownerPage: PublishedPage = {
  id: 'chu-dau-tu',
  title: text('Thông tin chủ đầu tư', "The owner's details"),
  description: text(
    'Kính gửi: Ủy ban nhân dân xã/phường nơi xây dựng nhà ở.',
    "To: the People's Committee of the commune or ward where the house will be built.",
  ),
  fields: [
    ownFullName('cdtHoTen', {
      label: text('Tên chủ đầu tư (chủ hộ)', 'Owner (head of household)'),
    }),
    {
      id: 'cdtSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân', 'Personal identification number'),
      required: true,
      ...fromPopulation('soDinhDanh', 'locked'),
    },
    {
      id: 'cdtDiaChi',
      type: 'address',
      label: text('Địa chỉ liên hệ', 'Contact address'),
      required: true,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'cdtDienThoai',
      type: 'phone',
      label: text('Số điện thoại', 'Phone number'),
      required: true,
      allowLandline: true,
      ...fromIdentityAccount('soDienThoai'),
    },
  ],
};

/** Item 2: where the house will stand, from the land database (the citizen's first parcel today). */
export const sitePage: PublishedPage = {
  id: 'dia-diem-xay-dung',
  title: text('Địa điểm xây dựng', 'Building site'),
  description: text(
    'Điền sẵn theo thửa đất đầu tiên bạn đứng tên trong Cơ sở dữ liệu đất đai. Nếu xây trên thửa đất khác, hãy sửa theo Giấy chứng nhận của thửa đó.',
    'Filled in from the first parcel the National Land Database lists for you. If you build on another parcel, correct this from that parcel’s certificate.',
  ),
  fields: [
    {
      id: 'loDatSo',
      type: 'number',
      label: text('Lô đất số (thửa đất số)', 'Plot (parcel) number'),
      required: true,
      decimals: 0,
      min: 1,
      max: 99999,
      width: '5',
      expectedLength: 3,
      ...fromLand('soThua', 'editable'),
    },
    {
      id: 'toBanDoSo',
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
      id: 'dienTichLoDat',
      type: 'number',
      label: text('Diện tích lô đất', 'Area of the plot'),
      required: true,
      decimals: 1,
      min: 1,
      unit: text('m²', 'm²'),
      width: '10',
      expectedLength: 3,
      ...fromLand('dienTich', 'editable'),
    },
    {
      id: 'diaChiXayDung',
      type: 'address',
      label: text('Địa chỉ nơi xây dựng', 'Address of the site'),
      hint: text('Số nhà, đường phố hoặc thôn, xóm', 'House number and street, or village'),
      required: true,
      requireStreet: true,
      ...fromLand('diaChi', 'editable'),
    },
  ],
};

const byDesigner = is('tuThietKe', false);

/** Item 3: who designed the house; a household may design a small house itself. */
export const designerPage: PublishedPage = {
  id: 'don-vi-thiet-ke',
  title: text('Tổ chức, cá nhân thiết kế', 'Designer'),
  fields: [
    {
      id: 'tuThietKe',
      type: 'yes-no',
      label: text('Hộ gia đình tự thiết kế nhà ở?', 'Has your household designed the house itself?'),
      hint: text(
        'Được tự thiết kế khi nhà có tổng diện tích sàn dưới 250 m², hoặc dưới 3 tầng, hoặc cao dưới 12 m (Luật Xây dựng, Điều 79).',
        'Allowed for a house with less than 250 m² of floor area, or fewer than 3 storeys, or under 12 m high (Construction Law, Article 79).',
      ),
      required: true,
    },
    {
      id: 'tkTen',
      type: 'text',
      label: text('Tên tổ chức hoặc cá nhân thiết kế', 'Design firm or designer'),
      visibleIf: byDesigner,
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 30,
    },
    {
      id: 'tkMaChungChi',
      type: 'text',
      label: text('Mã số chứng chỉ năng lực hoặc chứng chỉ hành nghề', 'Capability or practising certificate number'),
      hint: text('Ví dụ: BXD-00012345 hoặc HAN-00012345', 'For example BXD-00012345 or HAN-00012345'),
      visibleIf: byDesigner,
      required: true,
      maxLength: 20,
      width: '20',
      expectedLength: 12,
    },
    {
      id: 'tkChuNhiem',
      type: 'text',
      label: text('Họ và tên chủ nhiệm, chủ trì thiết kế', 'Lead designer'),
      visibleIf: byDesigner,
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
    },
    {
      id: 'tkChuNhiemMaChungChi',
      type: 'text',
      label: text('Mã số chứng chỉ hành nghề của chủ nhiệm thiết kế', "Lead designer's practising certificate number"),
      visibleIf: byDesigner,
      required: false,
      maxLength: 20,
      width: '20',
      expectedLength: 12,
    },
  ],
};

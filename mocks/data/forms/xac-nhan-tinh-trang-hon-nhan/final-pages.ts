import { declarationField, resultChannelFields } from '../civil-status-closing';
import { countries } from '../../code-lists/countries';
import { is } from '../conditions';
import { text, type PublishedPage } from '../published-form';
import { endedMarriage } from './status-page';

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];
const forMarriage = is('mucDichSuDung', 'ketHon');

/**
 * "Mục đích sử dụng Giấy xác nhận". A certificate for a marriage names the intended spouse and is
 * good only for that marriage (Điều 22, 23 Nghị định 123/2015/NĐ-CP).
 */
export const purposePage: PublishedPage = {
  id: 'muc-dich-su-dung',
  title: text('Mục đích sử dụng Giấy xác nhận', 'What the certificate is for'),
  fields: [
    {
      id: 'mucDichSuDung',
      type: 'radios',
      label: text('Giấy xác nhận được dùng để', 'The certificate will be used'),
      required: true,
      options: [
        { value: 'ketHon', label: text('Làm thủ tục đăng ký kết hôn', 'To register a marriage') },
        { value: 'giaoDichTaiSan', label: text('Mua bán, chuyển nhượng, thế chấp tài sản hoặc vay vốn', 'To buy, sell, transfer or mortgage property, or take a loan') },
        { value: 'hocTapViecLam', label: text('Bổ sung hồ sơ học tập, việc làm, xuất khẩu lao động', 'For a study, job or work-abroad application') },
        { value: 'nuocNgoai', label: text('Xin thị thực, định cư hoặc làm thủ tục ở nước ngoài', 'For a visa, emigration or another procedure abroad') },
        { value: 'khac', label: text('Mục đích khác', 'Something else') },
      ],
    },
    {
      id: 'mucDichKhac',
      type: 'text',
      label: text('Ghi rõ mục đích', 'Say what it is for'),
      visibleIf: is('mucDichSuDung', 'khac'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 30,
    },
    {
      id: 'ketHonVoiHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên người dự định kết hôn', 'Full name of the person to be married'),
      visibleIf: forMarriage,
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
    },
    { id: 'ketHonVoiNgaySinh', type: 'date', label: text('Ngày sinh của người đó', 'Their date of birth'), visibleIf: forMarriage, required: true, notInFuture: true, minAgeYears: 18 },
    { id: 'ketHonVoiQuocTich', type: 'select', label: text('Quốc tịch của người đó', 'Their nationality'), visibleIf: forMarriage, required: true, options: countries },
    {
      id: 'ketHonVoiGiayTo',
      type: 'text',
      label: text('Số định danh, hộ chiếu hoặc giấy tờ tùy thân của người đó', 'Their identification number, passport or other identity document'),
      visibleIf: forMarriage,
      required: true,
      maxLength: 100,
      width: '30',
      expectedLength: 12,
    },
    {
      id: 'ketHonNoiDuKien',
      type: 'text',
      label: text('Nơi dự định đăng ký kết hôn', 'Where the marriage will be registered'),
      hint: text('Ví dụ: UBND phường Ba Đình, thành phố Hà Nội; hoặc: Cơ quan có thẩm quyền của Hàn Quốc', 'For example the Ba Dinh Ward People’s Committee, Hanoi; or: the competent authority of South Korea'),
      visibleIf: forMarriage,
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 35,
    },
    {
      id: 'soLuongBan',
      type: 'number',
      label: text('Số lượng Giấy xác nhận đề nghị cấp', 'Number of certificates'),
      required: true,
      decimals: 0,
      min: 1,
      max: 10,
      unit: text('bản', 'copies'),
      width: '2',
      expectedLength: 1,
    },
  ],
};

export const attachmentsPage: PublishedPage = {
  id: 'giay-to-dinh-kem',
  title: text('Giấy tờ đính kèm', 'Supporting documents'),
  fields: [
    {
      id: 'giayToHonNhanTruocDay',
      type: 'file',
      label: text('Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ/chồng', 'Divorce judgment or decision, or the former spouse’s death extract'),
      hint: text(
        'Không cần nộp nếu việc ly hôn hoặc khai tử đã có trong Cơ sở dữ liệu hộ tịch điện tử. PDF, JPG hoặc PNG, tối đa 5 MB.',
        'Not needed if the divorce or the death is already in the electronic civil-status database. PDF, JPG or PNG, up to 5 MB.',
      ),
      visibleIf: endedMarriage,
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 2,
    },
    {
      id: 'giayToKhac',
      type: 'file',
      label: text('Giấy tờ khác', 'Other documents'),
      hint: text(
        'Ví dụ: văn bản ủy quyền nếu xin xác nhận thay cho người khác mà không phải người thân. Tối đa 5 tệp, mỗi tệp 5 MB.',
        'For example a letter of authorisation if you apply for someone who is not a relative. Up to 5 files of 5 MB each.',
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 5,
    },
  ],
};

export const declarationPage: PublishedPage = {
  id: 'cam-doan',
  title: text('Nhận kết quả và cam đoan', 'Getting the result and declaration'),
  fields: [
    ...resultChannelFields(),
    declarationField(),
  ],
};

import type { JsonLogicRule } from '@/schema/condition';
import { answerOf, is } from '../conditions';
import { fromCivilStatus, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/** The certificate is about the citizen themself: their own records answer for the status. */
export const forSelf: JsonLogicRule = { '===': [answerOf('xnSoDinhDanh'), answerOf('nycSoDinhDanh')] };
const forSomeoneElse: JsonLogicRule = { '!': forSelf };

const statusOptions = [
  { value: 'docThan', label: text('Chưa đăng ký kết hôn với ai', 'Has never registered a marriage') },
  { value: 'coVoChong', label: text('Đang có vợ hoặc chồng', 'Currently married') },
  { value: 'lyHon', label: text('Đã ly hôn, hiện chưa kết hôn lại', 'Divorced, not remarried') },
  { value: 'goa', label: text('Vợ hoặc chồng đã chết, hiện chưa kết hôn lại', 'Widowed, not remarried') },
];
const statusHint = text(
  'Cơ quan đăng ký sẽ đối chiếu với Cơ sở dữ liệu hộ tịch điện tử và nơi cư trú trước đây nếu cần.',
  'The office checks this against the electronic civil-status database and, if needed, where the person lived before.',
);

const selfIs = (status: string): JsonLogicRule => ({ and: [forSelf, is('tinhTrangHonNhan', status)] });
const married = selfIs('coVoChong');
/** Divorced or widowed, whoever the certificate is for: the details of how the marriage ended. */
export const endedMarriage: JsonLogicRule = {
  or: [is('tinhTrangHonNhan', 'lyHon'), is('tinhTrangHonNhan', 'goa'), is('tinhTrangHonNhanKhaiBao', 'lyHon'), is('tinhTrangHonNhanKhaiBao', 'goa')],
};

/**
 * "Tình trạng hôn nhân". For the citizen's own certificate it comes from their population record
 * (and a marriage from the civil-status database); for someone else the citizen states it, since
 * the related-person record carries no marital status. Two fields, so a value read from the
 * citizen's own record is never filed as another person's.
 */
export const maritalStatusPage: PublishedPage = {
  id: 'tinh-trang-hon-nhan',
  title: text('Tình trạng hôn nhân', 'Marital status'),
  fields: [
    {
      id: 'tinhTrangHonNhan',
      type: 'radios',
      label: text('Tình trạng hôn nhân của bạn', 'Your marital status'),
      hint: statusHint,
      visibleIf: forSelf,
      required: true,
      options: statusOptions,
      ...fromPopulation('tinhTrangHonNhan', 'editable'),
    },
    {
      id: 'tinhTrangHonNhanKhaiBao',
      type: 'radios',
      label: text('Tình trạng hôn nhân của người được xác nhận', 'Marital status of the person'),
      hint: statusHint,
      visibleIf: forSomeoneElse,
      required: true,
      options: statusOptions,
    },
    {
      id: 'voChongHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên của vợ/chồng', "Spouse's full name"),
      visibleIf: married,
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromPopulation('voChong.hoTen', 'locked'),
    },
    {
      id: 'voChongSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân của vợ/chồng', "Spouse's personal identification number"),
      visibleIf: married,
      required: false,
      ...fromPopulation('voChong.soDinhDanh', 'locked'),
    },
    {
      id: 'ketHonSoGiayChungNhan',
      type: 'text',
      label: text('Số Giấy chứng nhận kết hôn', 'Marriage certificate number'),
      visibleIf: married,
      required: false,
      maxLength: 30,
      width: '10',
      expectedLength: 6,
      ...fromCivilStatus('soGiayChungNhan', 'locked'),
    },
    {
      id: 'ketHonNgayDangKy',
      type: 'date',
      label: text('Ngày đăng ký kết hôn', 'Date the marriage was registered'),
      visibleIf: married,
      required: false,
      notInFuture: true,
      ...fromCivilStatus('ngayDangKy', 'locked'),
    },
    {
      id: 'ketHonNoiDangKy',
      type: 'text',
      label: text('Nơi đăng ký kết hôn', 'Where the marriage was registered'),
      visibleIf: married,
      required: false,
      maxLength: 200,
      width: 'full',
      expectedLength: 35,
      ...fromCivilStatus('noiDangKy', 'locked'),
    },
    {
      id: 'chiTietHonNhanTruocDay',
      type: 'textarea',
      label: text('Ghi rõ việc ly hôn hoặc vợ/chồng đã chết', 'How the last marriage ended'),
      hint: text(
        'Ví dụ: Đã ly hôn theo Bản án số 12/2023/HNGĐ-ST ngày 05/6/2023 của Tòa án nhân dân khu vực 1 – Hà Nội; hoặc: Chồng là ông … chết ngày …',
        'For example: divorced by judgment No. 12/2023/HNGĐ-ST of 5 June 2023 of the Area 1 People’s Court, Hanoi; or: husband … died on …',
      ),
      visibleIf: endedMarriage,
      required: true,
      maxLength: 500,
    },
  ],
};

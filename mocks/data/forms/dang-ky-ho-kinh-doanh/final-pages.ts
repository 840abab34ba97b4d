import { isYes } from '../conditions';
import { fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];
const contributed = isYes('thanhVienGopVon');
const spouseContributes = { and: [isYes('thanhVienGopVon'), isYes('voChongGopVon')] };

/**
 * Item 6: household members contributing capital. The spouse is in the owner's own population
 * record, so they are offered first and filled in; anyone else is added to the list.
 */
export const membersPage: PublishedPage = {
  id: 'thanh-vien-gop-von',
  title: text('Thành viên hộ gia đình góp vốn', 'Household members contributing capital'),
  fields: [
    {
      id: 'thanhVienGopVon',
      type: 'yes-no',
      label: text('Có thành viên hộ gia đình cùng góp vốn thành lập hộ kinh doanh không?', 'Do members of your household contribute capital to the business?'),
      required: true,
    },
    {
      id: 'voChongGopVon',
      type: 'yes-no',
      label: text('Vợ hoặc chồng của bạn có góp vốn không?', 'Does your spouse contribute capital?'),
      visibleIf: contributed,
      required: true,
    },
    {
      id: 'voChongHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên của vợ hoặc chồng', "Spouse's full name"),
      visibleIf: spouseContributes,
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromPopulation('voChong.hoTen', 'locked'),
    },
    {
      id: 'voChongSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân của vợ hoặc chồng', "Spouse's personal identification number"),
      visibleIf: spouseContributes,
      required: true,
      ...fromPopulation('voChong.soDinhDanh', 'locked'),
    },
    {
      id: 'voChongVonGop',
      type: 'money',
      label: text('Giá trị vốn góp của vợ hoặc chồng', "Value of the spouse's contribution"),
      visibleIf: spouseContributes,
      required: true,
      min: 1,
      width: '20',
      expectedDigits: 9,
    },
    {
      id: 'thanhVienKhac',
      type: 'repeatable-group',
      label: text('Thành viên khác cùng góp vốn', 'Other contributing members'),
      hint: text('Ví dụ: cha mẹ, con đã thành niên cùng hộ gia đình.', 'For example parents or adult children in your household.'),
      visibleIf: contributed,
      required: false,
      minItems: 0,
      maxItems: 10,
      itemLabel: text('Thành viên', 'Member'),
      addLabel: text('Thêm thành viên', 'Add a member'),
      fields: [
        { id: 'hoTen', type: 'text', label: text('Họ, chữ đệm và tên', 'Full name'), required: true, maxLength: 100, width: 'full', expectedLength: 18 },
        { id: 'ngaySinh', type: 'date', label: text('Ngày, tháng, năm sinh', 'Date of birth'), required: true, notInFuture: true, minAgeYears: 18 },
        { id: 'soDinhDanh', type: 'citizen-id', label: text('Số định danh cá nhân', 'Personal identification number'), required: true, dateOfBirthField: 'ngaySinh' },
        { id: 'quanHe', type: 'text', label: text('Quan hệ với chủ hộ', 'Relationship to the owner'), required: true, maxLength: 30, width: '20', expectedLength: 6 },
        { id: 'vonGop', type: 'money', label: text('Giá trị vốn góp', 'Value of the contribution'), required: true, min: 1, width: '20', expectedDigits: 9 },
      ],
    },
  ],
};

export const attachmentsPage: PublishedPage = {
  id: 'giay-to-dinh-kem',
  title: text('Giấy tờ đính kèm', 'Supporting documents'),
  fields: [
    {
      id: 'bienBanHopThanhVien',
      type: 'file',
      label: text('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', 'Minutes of the household meeting on setting up the business'),
      hint: text('PDF, JPG hoặc PNG, tối đa 5 MB.', 'PDF, JPG or PNG, up to 5 MB.'),
      visibleIf: contributed,
      required: true,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 1,
    },
    {
      id: 'giayToKhac',
      type: 'file',
      label: text('Giấy tờ khác', 'Other documents'),
      hint: text(
        'Ví dụ: văn bản ủy quyền của các thành viên hộ gia đình cho bạn làm chủ hộ. Tối đa 5 tệp, mỗi tệp 5 MB.',
        'For example the household members’ authorisation for you to act as owner. Up to 5 files of 5 MB each.',
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 5,
      maxFiles: 5,
    },
  ],
};

/** Item 7: the owner's commitments, as the official form words them. */
export const commitmentPage: PublishedPage = {
  id: 'cam-ket',
  title: text('Cam kết', 'Declaration'),
  fields: [
    {
      id: 'camKet',
      type: 'consent',
      label: text(
        'Tôi cam kết: bản thân không thuộc diện bị cấm thành lập hộ kinh doanh; chỉ làm chủ một hộ kinh doanh; trụ sở thuộc quyền sử dụng hợp pháp của hộ; và chịu trách nhiệm trước pháp luật về tính hợp pháp, chính xác, trung thực của nội dung đăng ký trên.',
        'I declare that I am not barred from setting up a household business; that I own no other household business; that the household lawfully uses the premises; and I take legal responsibility for the lawfulness, accuracy and truth of the details above.',
      ),
      required: true,
    },
  ],
};

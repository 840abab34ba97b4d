import { countries } from '../../code-lists/countries';
import { ethnicities } from '../../code-lists/ethnicities';
import { answerOf } from '../conditions';
import { fromPopulation, fromRelatedPerson } from '../bindings';
import { text, type PublishedPage } from '../published-form';

const person = { personField: 'xnSoDinhDanh', consentField: 'xnDongYChiaSe' };

/**
 * The person the certificate is about. Most people ask for their own, so the number is their
 * own (editable): the related-person source then reads their own record, no consent needed. For
 * someone else (a parent's status for an inheritance, say) the citizen gives that person's
 * number and their agreement, and the same fields fill from that person's record.
 */
export const certifiedPersonPage: PublishedPage = {
  id: 'nguoi-duoc-xac-nhan',
  title: text('Người được xác nhận tình trạng hôn nhân', 'Person whose marital status is certified'),
  fields: [
    {
      id: 'nycQuanHe',
      type: 'radios',
      label: text('Quan hệ của bạn với người được cấp Giấy xác nhận', 'Your relationship to the person the certificate is for'),
      required: true,
      options: [
        { value: 'banThan', label: text('Bản thân tôi', 'Myself') },
        { value: 'voChong', label: text('Vợ hoặc chồng', 'Spouse') },
        { value: 'chaMe', label: text('Cha hoặc mẹ', 'Father or mother') },
        { value: 'con', label: text('Con', 'Child') },
        { value: 'nguoiThanKhac', label: text('Người thân thích khác', 'Other relative') },
        {
          value: 'duocUyQuyen',
          label: text('Người được ủy quyền', 'Authorised representative'),
          hint: text('Nộp kèm văn bản ủy quyền', 'Attach the letter of authorisation'),
        },
      ],
    },
    {
      id: 'xnSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân của người được xác nhận', 'Personal identification number of the person'),
      hint: text('Điền sẵn số của bạn. Nếu xin xác nhận cho người khác, hãy sửa thành số của người đó.', 'Your own number is filled in. If the certificate is for someone else, change it to theirs.'),
      required: true,
      dateOfBirthField: 'xnNgaySinh',
      ...fromPopulation('soDinhDanh', 'editable'),
    },
    {
      id: 'xnDongYChiaSe',
      type: 'consent',
      label: text(
        'Người được xác nhận đồng ý chia sẻ thông tin của mình trong Cơ sở dữ liệu quốc gia về dân cư để khai tờ khai này',
        'The person agrees to share their details in the National Population Database for this declaration',
      ),
      hint: text(
        'Khi được đồng ý, các thông tin dưới đây được điền từ Cơ sở dữ liệu quốc gia về dân cư. Nếu không, bạn tự nhập.',
        'With their agreement, the details below are filled in from the National Population Database. Otherwise, type them in.',
      ),
      visibleIf: { and: [{ '!!': answerOf('xnSoDinhDanh') }, { '!==': [answerOf('xnSoDinhDanh'), answerOf('nycSoDinhDanh')] }] },
      required: false,
    },
    {
      id: 'xnHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên', 'Full name'),
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
      ...fromRelatedPerson('hoTen', 'locked', person),
    },
    {
      id: 'xnNgaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh', 'Date of birth'),
      required: true,
      notInFuture: true,
      maxAgeYears: 120,
      ...fromRelatedPerson('ngaySinh', 'locked', person),
    },
    {
      id: 'xnGioiTinh',
      type: 'radios',
      label: text('Giới tính', 'Sex'),
      required: true,
      inline: true,
      options: [
        { value: 'nam', label: text('Nam', 'Male') },
        { value: 'nu', label: text('Nữ', 'Female') },
      ],
      ...fromRelatedPerson('gioiTinh', 'locked', person),
    },
    { id: 'xnDanToc', type: 'select', label: text('Dân tộc', 'Ethnicity'), required: true, options: ethnicities, ...fromRelatedPerson('danToc', 'locked', person) },
    { id: 'xnQuocTich', type: 'select', label: text('Quốc tịch', 'Nationality'), required: true, options: countries, ...fromRelatedPerson('quocTich', 'locked', person) },
    {
      id: 'xnNoiCuTru',
      type: 'address',
      label: text('Nơi cư trú', 'Place of residence'),
      required: true,
      requireStreet: true,
      ...fromRelatedPerson('noiCuTru', 'editable', person),
    },
  ],
};

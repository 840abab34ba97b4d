import type { JsonLogicRule } from '@/schema/condition';
import { is, isYes } from '../conditions';
import { text, type PublishedPage } from '../published-form';

/** Changes that hand the land to someone else: the form then names the party receiving it. */
const transfers = ['chuyenNhuong', 'tangCho', 'thuaKe', 'gopVon'] as const;
const securities = ['theChap', 'xoaTheChap'] as const;
const oneOf = (values: readonly string[]): JsonLogicRule => ({ or: values.map((value) => is('loaiBienDong', value)) });
export const isTransfer = oneOf(transfers);
const isSecurity = oneOf(securities);

/** Item 3: what changes, and who receives the land (typed: the population database serves only relatives). */
export const changePage: PublishedPage = {
  id: 'noi-dung-bien-dong',
  title: text('Nội dung biến động', 'What changes'),
  fields: [
    {
      id: 'loaiBienDong',
      type: 'radios',
      label: text('Loại biến động', 'Kind of change'),
      required: true,
      options: [
        { value: 'chuyenNhuong', label: text('Chuyển nhượng quyền sử dụng đất', 'Transfer (sale) of the land use right') },
        { value: 'tangCho', label: text('Tặng cho quyền sử dụng đất', 'Gift of the land use right') },
        { value: 'thuaKe', label: text('Thừa kế quyền sử dụng đất', 'Inheritance of the land use right') },
        { value: 'gopVon', label: text('Góp vốn bằng quyền sử dụng đất', 'Contribution of the land use right as capital') },
        { value: 'theChap', label: text('Thế chấp quyền sử dụng đất', 'Mortgage of the land use right') },
        { value: 'xoaTheChap', label: text('Xóa đăng ký thế chấp', 'Release of a mortgage') },
        {
          value: 'thayDoiThongTin',
          label: text('Thay đổi thông tin người sử dụng đất hoặc thửa đất', "Change to the user's or the parcel's details"),
          hint: text('Ví dụ: đổi tên, thay đổi giấy tờ nhân thân, sạt lở làm giảm diện tích', 'For example a new name or identity document, or area lost to a landslide'),
        },
      ],
    },
    {
      id: 'moTaBienDong',
      type: 'textarea',
      label: text('Nội dung chi tiết', 'Details of the change'),
      hint: text(
        'Ví dụ: “Chuyển nhượng toàn bộ 120 m² đất ở tại nông thôn cho ông Nguyễn Văn A theo hợp đồng công chứng số 1234/2026 ngày 10/11/2026”.',
        'For example: "Transfer of all 120 m² of rural residential land to Mr Nguyễn Văn A under notarised contract No. 1234/2026 of 10 November 2026".',
      ),
      required: true,
      maxLength: 1000,
      rows: 4,
      expectedLength: 120,
    },
    {
      id: 'benNhanHoTen',
      type: 'text',
      label: text('Họ, chữ đệm và tên người nhận quyền sử dụng đất', 'Full name of the person receiving the land'),
      visibleIf: isTransfer,
      required: true,
      maxLength: 100,
      width: 'full',
      expectedLength: 18,
    },
    {
      id: 'benNhanNgaySinh',
      type: 'date',
      label: text('Ngày, tháng, năm sinh của người nhận', "Recipient's date of birth"),
      visibleIf: isTransfer,
      required: true,
      notInFuture: true,
    },
    {
      id: 'benNhanSoDinhDanh',
      type: 'citizen-id',
      label: text('Số định danh cá nhân của người nhận', "Recipient's personal identification number"),
      visibleIf: isTransfer,
      required: true,
      dateOfBirthField: 'benNhanNgaySinh',
    },
    {
      id: 'benNhanDiaChi',
      type: 'address',
      label: text('Địa chỉ thường trú của người nhận', "Recipient's permanent address"),
      visibleIf: isTransfer,
      required: true,
      requireStreet: true,
    },
    {
      id: 'benNhanTheChap',
      type: 'text',
      label: text('Tổ chức nhận thế chấp', 'Mortgagee'),
      hint: text('Ví dụ: tên ngân hàng, chi nhánh', 'For example the bank and branch'),
      visibleIf: isSecurity,
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 30,
    },
  ],
};

/** Item 4: exemption from or reduction of taxes and fees. */
export const obligationsPage: PublishedPage = {
  id: 'mien-giam-nghia-vu-tai-chinh',
  title: text('Miễn, giảm nghĩa vụ tài chính', 'Exemption from taxes and fees'),
  fields: [
    {
      id: 'mienGiam',
      type: 'yes-no',
      label: text('Bạn có thuộc đối tượng được miễn, giảm nghĩa vụ tài chính không?', 'Are you exempt from, or entitled to a reduction of, taxes and fees?'),
      hint: text(
        'Ví dụ: chuyển nhượng, tặng cho, thừa kế giữa vợ với chồng, cha mẹ với con, ông bà với cháu, anh chị em ruột được miễn thuế thu nhập cá nhân và lệ phí trước bạ.',
        'For example, transfers, gifts and inheritances between spouses, parents and children, grandparents and grandchildren, or siblings are exempt from personal income tax and registration tax.',
      ),
      required: true,
    },
    {
      id: 'mienGiamNoiDung',
      type: 'textarea',
      label: text('Khoản được miễn, giảm và lý do', 'What is exempt or reduced, and why'),
      visibleIf: isYes('mienGiam'),
      required: true,
      maxLength: 500,
      rows: 3,
      expectedLength: 80,
    },
    {
      id: 'giayToMienGiam',
      type: 'file',
      label: text('Giấy tờ chứng minh được miễn, giảm', 'Proof of the exemption or reduction'),
      hint: text('Ví dụ: giấy tờ chứng minh quan hệ gia đình. PDF, JPG hoặc PNG, tối đa 5 MB.', 'For example proof of the family relationship. PDF, JPG or PNG, up to 5 MB.'),
      visibleIf: isYes('mienGiam'),
      required: true,
      accept: ['.pdf', '.jpg', '.jpeg', '.png'],
      maxSizeMb: 5,
      maxFiles: 3,
    },
  ],
};

import { businessLines } from '../../code-lists/business-lines';
import { fromIdentityAccount, fromLand, fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

/** Items 1–2: the business's name and premises (the owner's land, when the land database holds it). */
export const businessPage: PublishedPage = {
  id: 'thong-tin-ho-kinh-doanh',
  title: text('Tên và địa chỉ hộ kinh doanh', "The business's name and address"),
  fields: [
    {
      id: 'tenRieng',
      type: 'text',
      label: text('Tên riêng của hộ kinh doanh', "The business's own name"),
      hint: text(
        'Tên hộ kinh doanh gồm cụm từ “Hộ kinh doanh” và tên riêng này, ví dụ “Hộ kinh doanh Tạp hóa Phúc An”. Chỉ dùng chữ cái tiếng Việt, chữ số và khoảng trắng; không trùng tên hộ kinh doanh khác trong xã.',
        'The business is named "Hộ kinh doanh" followed by this name, for example "Hộ kinh doanh Tạp hóa Phúc An". Use Vietnamese letters, digits and spaces only; it must differ from other household businesses in the commune.',
      ),
      required: true,
      maxLength: 100,
      pattern: {
        regex: "^[\\p{L}\\p{N}][\\p{L}\\p{N} &'.-]*$",
        message: text(
          'Tên riêng chỉ gồm chữ cái, chữ số, khoảng trắng và các dấu & \' . -',
          "The name may contain only letters, digits, spaces and the signs & ' . -",
        ),
      },
      width: 'full',
      autocomplete: 'off',
      expectedLength: 16,
    },
    {
      id: 'truSoDiaChi',
      type: 'address',
      label: text('Địa chỉ trụ sở hộ kinh doanh', "Address of the business's premises"),
      hint: text(
        'Số nhà, ngách, hẻm, ngõ, đường phố, tổ, xóm, ấp, thôn. Điền sẵn theo thửa đất bạn đứng tên, nếu có.',
        'House number, lane, street, hamlet or village. Filled in from the land you hold, if any.',
      ),
      required: true,
      requireStreet: true,
      ...fromLand('diaChi', 'editable'),
    },
    {
      id: 'truSoDienThoai',
      type: 'phone',
      label: text('Điện thoại của hộ kinh doanh', "The business's phone number"),
      required: true,
      allowLandline: true,
      ...fromIdentityAccount('soDienThoai'),
    },
    {
      id: 'truSoEmail',
      type: 'email',
      label: text('Thư điện tử của hộ kinh doanh', "The business's email address"),
      required: false,
      ...fromIdentityAccount('thuDienTu'),
    },
    {
      id: 'truSoWebsite',
      type: 'text',
      label: text('Trang thông tin điện tử (nếu có)', 'Website (if any)'),
      required: false,
      maxLength: 200,
      width: 'full',
      autocomplete: 'url',
      expectedLength: 20,
    },
  ],
};

/** Item 3: the business lines, as level-4 VSIC codes; the main line first. */
export const businessLinesPage: PublishedPage = {
  id: 'nganh-nghe-kinh-doanh',
  title: text('Ngành, nghề kinh doanh', 'Business activities'),
  description: text(
    'Chọn theo Hệ thống ngành kinh tế Việt Nam (mã ngành cấp 4). Gõ mã số hoặc vài chữ để tìm.',
    'Choose from the Vietnamese Standard Industrial Classification (4-digit codes). Type the code or a few words to search.',
  ),
  fields: [
    {
      id: 'nganhNgheChinh',
      type: 'select',
      label: text('Ngành, nghề kinh doanh chính', 'Main business activity'),
      required: true,
      options: businessLines,
    },
    {
      id: 'nganhNgheKhac',
      type: 'repeatable-group',
      label: text('Ngành, nghề kinh doanh khác', 'Other business activities'),
      hint: text('Bỏ qua nếu hộ chỉ kinh doanh một ngành, nghề.', 'Skip this if the business has only one activity.'),
      required: false,
      minItems: 0,
      maxItems: 20,
      itemLabel: text('Ngành, nghề', 'Activity'),
      addLabel: text('Thêm ngành, nghề', 'Add an activity'),
      fields: [{ id: 'maNganh', type: 'select', label: text('Ngành, nghề', 'Activity'), required: true, options: businessLines }],
    },
  ],
};

/** Items 4–5: capital, and what the tax office needs to register the business for tax. */
export const capitalAndTaxPage: PublishedPage = {
  id: 'von-va-dang-ky-thue',
  title: text('Vốn kinh doanh và đăng ký thuế', 'Capital and tax registration'),
  fields: [
    {
      id: 'vonKinhDoanh',
      type: 'money',
      label: text('Tổng số vốn kinh doanh', 'Total business capital'),
      hint: text('Bằng đồng Việt Nam', 'In Vietnamese đồng'),
      required: true,
      min: 1_000_000,
      width: '20',
      expectedDigits: 9,
    },
    {
      id: 'thueDiaChiNhanThongBao',
      type: 'address',
      label: text('Địa chỉ nhận thông báo thuế', 'Address for tax notices'),
      required: true,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'ngayBatDauHoatDong',
      type: 'date',
      label: text('Ngày bắt đầu hoạt động', 'Date the business starts trading'),
      hint: text('Dự kiến, không sớm hơn hôm nay', 'Expected; not earlier than today'),
      required: true,
      notInPast: true,
    },
    {
      id: 'tongSoLaoDong',
      type: 'number',
      label: text('Tổng số lao động', 'Total number of workers'),
      hint: text('Kể cả chủ hộ', 'Including the owner'),
      required: true,
      decimals: 0,
      min: 1,
      max: 1000,
      unit: text('người', 'people'),
      width: '4',
      expectedLength: 1,
    },
    {
      id: 'phuongPhapTinhThueGtgt',
      type: 'radios',
      label: text('Phương pháp tính thuế giá trị gia tăng', 'How value added tax is calculated'),
      hint: text(
        'Từ ngày 01/01/2026 hộ kinh doanh không còn nộp thuế theo phương pháp khoán (Nghị quyết 198/2025/QH15).',
        'Since 1 January 2026 household businesses no longer pay a lump-sum (presumptive) tax (Resolution 198/2025/QH15).',
      ),
      required: true,
      options: [
        {
          value: 'trucTiep',
          label: text('Trực tiếp theo tỷ lệ % trên doanh thu', 'Direct method: a percentage of turnover'),
          hint: text('Phổ biến với hộ kinh doanh', 'The usual method for household businesses'),
        },
        {
          value: 'khauTru',
          label: text('Khấu trừ', 'Credit method'),
          hint: text('Khi hộ thực hiện đầy đủ chế độ kế toán, hóa đơn, chứng từ', 'When the business keeps full accounts, invoices and vouchers'),
        },
        {
          value: 'khongPhaiNop',
          label: text('Không phải nộp thuế giá trị gia tăng', 'No value added tax to pay'),
          hint: text('Doanh thu năm dưới ngưỡng chịu thuế', 'Yearly turnover below the taxable threshold'),
        },
      ],
    },
  ],
};

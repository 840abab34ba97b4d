import { is, isSetAndNot } from '../conditions';
import { fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

const monthYear = {
  regex: '^(0[1-9]|1[0-2])/(19|20)\\d{2}$',
  message: text('Ghi tháng và năm theo dạng MM/YYYY, ví dụ 09/2018', 'Give the month and year as MM/YYYY, for example 09/2018'),
};

/** The residence history from the age of 14 (a table on the paper form), which no database holds whole. */
export const residenceHistoryPage: PublishedPage = {
  id: 'qua-trinh-cu-tru',
  title: text('Quá trình cư trú', 'Where you have lived'),
  description: text(
    'Kể từ khi đủ 14 tuổi: từng nơi thường trú hoặc tạm trú, và nghề nghiệp, nơi làm việc trong thời gian đó. Bắt đầu từ nơi ở sớm nhất.',
    'Since the age of 14: each place of permanent or temporary residence, with your occupation and workplace at the time. Start with the earliest.',
  ),
  fields: [
    {
      id: 'quaTrinhCuTru',
      type: 'repeatable-group',
      label: text('Quá trình cư trú', 'Residence history'),
      required: true,
      minItems: 1,
      maxItems: 20,
      itemLabel: text('Nơi cư trú', 'Place of residence'),
      addLabel: text('Thêm nơi cư trú', 'Add a place'),
      fields: [
        { id: 'tuThang', type: 'text', label: text('Từ tháng, năm', 'From (month/year)'), required: true, maxLength: 7, width: '5', pattern: monthYear, expectedLength: 7 },
        {
          id: 'denThang',
          type: 'text',
          label: text('Đến tháng, năm', 'To (month/year)'),
          hint: text('Để trống nếu là nơi bạn đang ở', 'Leave blank for where you live now'),
          required: false,
          maxLength: 7,
          width: '5',
          pattern: monthYear,
          expectedLength: 7,
        },
        { id: 'noiCuTru', type: 'text', label: text('Nơi thường trú hoặc tạm trú', 'Permanent or temporary residence'), required: true, maxLength: 300, width: 'full', expectedLength: 40 },
        {
          id: 'ngheNghiep',
          type: 'text',
          label: text('Nghề nghiệp, nơi làm việc', 'Occupation and workplace'),
          hint: text('Ví dụ: học sinh, Trường THPT …; sinh viên; nhân viên, Công ty …', 'For example: pupil at … high school; student; employee of … company'),
          required: true,
          maxLength: 300,
          width: 'full',
          expectedLength: 30,
        },
      ],
    },
  ],
};

/** Which certificate, for what, how many. */
export const requestPage: PublishedPage = {
  id: 'yeu-cau-cap-phieu',
  title: text('Yêu cầu cấp Phiếu', 'Your request'),
  fields: [
    {
      id: 'loaiPhieu',
      type: 'radios',
      label: text('Loại Phiếu lý lịch tư pháp', 'Type of certificate'),
      required: true,
      options: [
        {
          value: 'so1',
          label: text('Phiếu lý lịch tư pháp số 1', 'Certificate No. 1'),
          hint: text(
            'Ghi án tích chưa được xóa; thường dùng khi xin việc, xuất khẩu lao động, thành lập doanh nghiệp.',
            'Lists convictions not yet expunged; usually asked for by employers, for work abroad or to set up a company.',
          ),
        },
        {
          value: 'so2',
          label: text('Phiếu lý lịch tư pháp số 2', 'Certificate No. 2'),
          hint: text(
            'Ghi đầy đủ án tích, kể cả đã được xóa; chỉ cấp cho chính người đó (thường dùng khi xin thị thực, định cư).',
            'Lists every conviction, expunged ones included; issued only to the person themselves (often for visas or emigration).',
          ),
        },
      ],
    },
    {
      id: 'xacNhanCamDamNhiem',
      type: 'yes-no',
      label: text(
        'Yêu cầu xác nhận về việc có bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã hay không?',
        'Do you want the certificate to state whether you are banned from holding office or founding or managing a company or cooperative?',
      ),
      hint: text('Thường cần khi thành lập hoặc quản lý doanh nghiệp', 'Usually needed to found or manage a company'),
      visibleIf: is('loaiPhieu', 'so1'),
      required: true,
    },
    {
      id: 'mucDich',
      type: 'text',
      label: text('Mục đích sử dụng Phiếu', 'What the certificate is for'),
      hint: text('Ví dụ: bổ sung hồ sơ xin việc, du học', 'For example: a job application, study abroad'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 20,
    },
    {
      id: 'soLuongPhieu',
      type: 'number',
      label: text('Số lượng Phiếu', 'Number of certificates'),
      hint: text('Phí đã gồm 2 Phiếu; từ Phiếu thứ 3 có thể thu thêm.', 'The fee covers 2 certificates; more may cost extra.'),
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

/** Fee group (the procedure's fee note explains it), how the result comes back, and the declaration. */
export const feeAndDeclarationPage: PublishedPage = {
  id: 'phi-nhan-ket-qua-cam-doan',
  title: text('Phí, nhận kết quả và cam đoan', 'Fee, result and declaration'),
  fields: [
    {
      id: 'doiTuong',
      type: 'radios',
      label: text('Mức phí áp dụng cho bạn', 'Which fee applies to you?'),
      required: true,
      options: [
        { value: 'thongThuong', label: text('Mức thông thường: 200.000 đồng', 'Standard: 200,000 VND') },
        {
          value: 'giamPhi',
          label: text('Giảm 50%: 100.000 đồng', 'Reduced by half: 100,000 VND'),
          hint: text('Sinh viên, người có công với cách mạng, thân nhân liệt sĩ', 'Students, people with merit to the revolution, martyrs’ relatives'),
        },
        {
          value: 'mienPhi',
          label: text('Miễn phí', 'Free'),
          hint: text(
            'Trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn',
            'Children, the elderly, people with disabilities, members of poor households, residents of especially disadvantaged communes',
          ),
        },
      ],
    },
    {
      id: 'giayToMienGiam',
      type: 'file',
      label: text('Giấy tờ chứng minh được giảm hoặc miễn phí', 'Proof that you qualify for a reduced fee or no fee'),
      hint: text('PDF, JPG hoặc PNG, tối đa 5 MB', 'PDF, JPG or PNG, up to 5 MB'),
      visibleIf: isSetAndNot('doiTuong', 'thongThuong'),
      required: true,
      accept: ['.pdf', '.jpg', '.jpeg', '.png'],
      maxSizeMb: 5,
      maxFiles: 2,
    },
    {
      id: 'cachNhanKetQua',
      type: 'radios',
      label: text('Hình thức nhận Phiếu', 'How do you want to receive the certificate?'),
      required: true,
      options: [
        {
          value: 'banDienTu',
          label: text('Phiếu điện tử trên VNeID và Cổng Dịch vụ công', 'Electronic certificate in VNeID and on the Public Service Portal'),
          hint: text('Có giá trị như bản giấy', 'As valid as the paper one'),
        },
        { value: 'buuChinh', label: text('Bản giấy qua dịch vụ bưu chính', 'Paper copy by post'), hint: text('Cước phí do người nhận trả', 'You pay the postage on delivery') },
        { value: 'trucTiep', label: text('Bản giấy nhận trực tiếp tại Công an tỉnh', 'Paper copy in person at the provincial police') },
      ],
    },
    {
      id: 'diaChiNhanKetQua',
      type: 'address',
      label: text('Địa chỉ nhận Phiếu', 'Delivery address'),
      visibleIf: is('cachNhanKetQua', 'buuChinh'),
      required: true,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'camDoan',
      type: 'consent',
      label: text(
        'Tôi xin cam đoan những lời khai trên là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.',
        'I declare that the information given above is true, and I take legal responsibility for it.',
      ),
      required: true,
    },
  ],
};

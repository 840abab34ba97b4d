import { answerOf, is } from '../conditions';
import { fromPopulation } from '../bindings';
import { text, type PublishedPage } from '../published-form';

const squareMetres = text('m²', 'm²');
const metres = text('m', 'm');

/** Items 4–5: what is to be built, and when it will be finished. */
export const proposalPage: PublishedPage = {
  id: 'noi-dung-de-nghi',
  title: text('Nội dung đề nghị cấp phép', 'What you want to build'),
  fields: [
    {
      id: 'capCongTrinh',
      type: 'radios',
      label: text('Cấp công trình', 'Building class'),
      hint: text('Theo số tầng và tổng diện tích sàn (Thông tư 06/2021/TT-BXD)', 'By storeys and floor area (Circular 06/2021/TT-BXD)'),
      required: true,
      options: [
        { value: 'capIV', label: text('Cấp IV', 'Class IV'), hint: text('Nhà 1 tầng, tổng diện tích sàn dưới 1.000 m²', 'One storey, under 1,000 m² of floor area') },
        { value: 'capIII', label: text('Cấp III', 'Class III'), hint: text('Nhà từ 2 đến 7 tầng', 'Two to seven storeys') },
        { value: 'capII', label: text('Cấp II', 'Class II'), hint: text('Nhà từ 8 tầng trở lên', 'Eight storeys or more') },
      ],
    },
    {
      id: 'dienTichXayDungTang1',
      type: 'number',
      label: text('Diện tích xây dựng tầng 1 (tầng trệt)', 'Built area of the ground floor'),
      required: true,
      decimals: 1,
      min: 1,
      max: 10_000,
      unit: squareMetres,
      width: '10',
      expectedLength: 3,
    },
    {
      id: 'tongDienTichSan',
      type: 'number',
      label: text('Tổng diện tích sàn', 'Total floor area'),
      hint: text('Gồm cả tầng hầm, tầng lửng và tum', 'Including basements, mezzanines and the roof stairwell'),
      required: true,
      decimals: 1,
      min: 1,
      max: 100_000,
      unit: squareMetres,
      width: '10',
      expectedLength: 3,
    },
    {
      id: 'chieuCao',
      type: 'number',
      label: text('Chiều cao công trình', 'Height of the building'),
      hint: text('Tính từ cốt xây dựng đến điểm cao nhất', 'From the construction datum to the highest point'),
      required: true,
      decimals: 2,
      min: 2,
      max: 200,
      unit: metres,
      width: '5',
      expectedLength: 3,
    },
    {
      id: 'soTang',
      type: 'number',
      label: text('Số tầng trên mặt đất', 'Storeys above ground'),
      hint: text('Gồm cả tầng lửng và tum', 'Including mezzanines and the roof stairwell'),
      required: true,
      decimals: 0,
      min: 1,
      max: 50,
      unit: text('tầng', 'storeys'),
      width: '2',
      expectedLength: 1,
    },
    {
      id: 'soTangHam',
      type: 'number',
      label: text('Số tầng hầm', 'Basements'),
      required: true,
      decimals: 0,
      min: 0,
      max: 5,
      unit: text('tầng', 'levels'),
      width: '2',
      expectedLength: 1,
    },
    {
      id: 'cotXayDung',
      type: 'number',
      label: text('Cốt xây dựng (cốt nền tầng 1)', 'Construction datum (ground-floor level)'),
      hint: text('So với cốt vỉa hè hoặc mặt đường, ví dụ 0,45', 'Above the pavement or road level, for example 0.45'),
      required: true,
      decimals: 2,
      min: -5,
      max: 5,
      unit: metres,
      width: '5',
      expectedLength: 4,
    },
    {
      id: 'khoangLui',
      type: 'number',
      label: text('Khoảng lùi', 'Setback'),
      hint: text('Khoảng cách từ chỉ giới đường đỏ đến chỉ giới xây dựng; 0 nếu xây sát chỉ giới', 'Distance from the street boundary to the building line; 0 if built on the boundary'),
      required: true,
      decimals: 1,
      min: 0,
      max: 100,
      unit: metres,
      width: '5',
      expectedLength: 1,
    },
    {
      id: 'duKienHoanThanh',
      type: 'number',
      label: text('Dự kiến thời gian hoàn thành công trình', 'Expected time to finish the building'),
      required: true,
      decimals: 0,
      min: 1,
      max: 120,
      unit: text('tháng', 'months'),
      width: '2',
      expectedLength: 1,
    },
  ],
};

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];

/** Item 6: the documents sent with the application. */
export const attachmentsPage: PublishedPage = {
  id: 'tai-lieu-gui-kem',
  title: text('Tài liệu gửi kèm', 'Documents sent with the application'),
  fields: [
    {
      id: 'banVeThietKe',
      type: 'file',
      label: text('Bản vẽ thiết kế xây dựng', 'Design drawings'),
      hint: text(
        'Mặt bằng vị trí công trình trên lô đất, mặt bằng các tầng, mặt cắt, mặt đứng, mặt bằng móng và sơ đồ đấu nối hạ tầng. PDF, tối đa 10 tệp, mỗi tệp 20 MB.',
        'Site plan, floor plans, sections, elevations, foundation plan and utility connections. PDF, up to 10 files of 20 MB each.',
      ),
      required: true,
      accept: ['.pdf'],
      maxSizeMb: 20,
      maxFiles: 10,
    },
    {
      id: 'giayChungNhan',
      type: 'file',
      label: text('Giấy tờ về quyền sử dụng đất', 'Proof of the right to use the land'),
      hint: text(
        'Không bắt buộc: cơ quan cấp phép tra cứu thửa đất trong Cơ sở dữ liệu quốc gia về đất đai. Có thể chọn Giấy chứng nhận điện tử trong kho dữ liệu của bạn.',
        'Optional: the permit office looks the parcel up in the National Land Database. You may pick the electronic certificate from your data store.',
      ),
      required: false,
      accept: documentTypes,
      maxSizeMb: 10,
      maxFiles: 2,
      reuse: ['giay-chung-nhan-quyen-su-dung-dat'],
    },
    {
      id: 'camKetAnToan',
      type: 'file',
      label: text('Bản cam kết bảo đảm an toàn đối với công trình liền kề', 'Undertaking on the safety of neighbouring buildings'),
      hint: text('Bắt buộc khi nhà có tầng hầm. PDF, tối đa 5 MB.', 'Required when the house has a basement. PDF, up to 5 MB.'),
      visibleIf: { '>': [{ '+': [answerOf('soTangHam')] }, 0] },
      required: true,
      accept: ['.pdf'],
      maxSizeMb: 5,
      maxFiles: 1,
    },
    {
      id: 'giayToKhac',
      type: 'file',
      label: text('Giấy tờ khác', 'Other documents'),
      required: false,
      accept: documentTypes,
      maxSizeMb: 10,
      maxFiles: 5,
    },
  ],
};

export const declarationPage: PublishedPage = {
  id: 'cam-ket',
  title: text('Nhận kết quả và cam kết', 'Getting the result and declaration'),
  fields: [
    {
      id: 'cachNhanKetQua',
      type: 'radios',
      label: text('Hình thức nhận giấy phép', 'How do you want to receive the permit?'),
      required: true,
      options: [
        {
          value: 'trucTuyen',
          label: text('Nhận trực tuyến', 'Online'),
          hint: text('Giấy phép điện tử gửi vào tài khoản của bạn trên Cổng Dịch vụ công', 'The electronic permit is sent to your account on the Public Service Portal'),
        },
        { value: 'buuChinh', label: text('Qua dịch vụ bưu chính công ích', 'By post (public postal service)') },
        { value: 'trucTiep', label: text('Nhận trực tiếp tại Bộ phận Một cửa', 'In person at the one-stop desk') },
      ],
    },
    {
      id: 'diaChiNhanKetQua',
      type: 'address',
      label: text('Địa chỉ nhận giấy phép', 'Delivery address'),
      visibleIf: is('cachNhanKetQua', 'buuChinh'),
      required: true,
      requireStreet: true,
      ...fromPopulation('noiOHienTai', 'editable'),
    },
    {
      id: 'camKet',
      type: 'consent',
      label: text(
        'Tôi xin cam kết làm theo đúng giấy phép được cấp, nếu sai tôi xin hoàn toàn chịu trách nhiệm và bị xử lý theo quy định của pháp luật.',
        'I undertake to build exactly as the permit allows; otherwise I take full responsibility and accept the penalties the law provides.',
      ),
      required: true,
    },
  ],
};

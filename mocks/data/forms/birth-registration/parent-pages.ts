import { isYes } from '../conditions';
import { text, type PublishedPage } from '../published-form';
import { fromBirthCertificate, fromCivilStatus } from '../bindings';
import { parentFields } from './parent-fields';

export const motherPage: PublishedPage = {
  id: 'thong-tin-me',
  title: text('Thông tin người mẹ', "Mother's details"),
  fields: parentFields({
    prefix: 'me',
    label: (vi, en) => text(`${vi} của mẹ`, `Mother's ${en}`),
    idBinding: fromBirthCertificate('me.soDinhDanh', 'locked'),
    consentLabel: text(
      'Người mẹ đồng ý chia sẻ thông tin của mình trong Cơ sở dữ liệu quốc gia về dân cư để khai tờ khai này',
      'The mother agrees to share her details in the National Population Database for this declaration',
    ),
  }),
};

export const fatherPage: PublishedPage = {
  id: 'thong-tin-cha',
  title: text('Thông tin người cha', "Father's details"),
  fields: [
    {
      id: 'coThongTinCha',
      type: 'yes-no',
      label: text('Có thông tin người cha không?', "Do you have the father's details?"),
      hint: text(
        'Chọn "Không" nếu chưa xác định được người cha: phần khai về người cha trong Giấy khai sinh sẽ để trống.',
        'Choose "No" if the father has not been established: the father\'s section of the birth certificate will be left blank.',
      ),
      required: true,
      ...fromBirthCertificate('coThongTinCha', 'editable'),
    },
    ...parentFields({
      prefix: 'cha',
      label: (vi, en) => text(`${vi} của cha`, `Father's ${en}`),
      idBinding: fromBirthCertificate('cha.soDinhDanh', 'editable'),
      consentLabel: text(
        'Người cha đồng ý chia sẻ thông tin của mình trong Cơ sở dữ liệu quốc gia về dân cư để khai tờ khai này',
        'The father agrees to share his details in the National Population Database for this declaration',
      ),
      visibleIf: isYes('coThongTinCha'),
    }),
  ],
};

export const parentsMarriagePage: PublishedPage = {
  id: 'ket-hon-cha-me',
  title: text('Đăng ký kết hôn của cha mẹ', "Parents' marriage registration"),
  visibleIf: isYes('coThongTinCha'),
  fields: [
    {
      id: 'chaMeDaKetHon',
      type: 'yes-no',
      label: text('Cha mẹ đã đăng ký kết hôn?', "Have the child's parents registered their marriage?"),
      hint: text('Nếu có, khai theo Giấy chứng nhận kết hôn của cha mẹ', "If so, copy the details from the parents' marriage certificate"),
      required: true,
      ...fromCivilStatus('daDangKyKetHon', 'editable'),
    },
    {
      id: 'ketHonSo',
      type: 'text',
      label: text('Số Giấy chứng nhận kết hôn', 'Marriage certificate number'),
      visibleIf: isYes('chaMeDaKetHon'),
      required: true,
      maxLength: 30,
      width: '10',
      expectedLength: 6,
      ...fromCivilStatus('soGiayChungNhan', 'locked'),
    },
    {
      id: 'ketHonQuyenSo',
      type: 'text',
      label: text('Quyển số', 'Register book number (quyển số)'),
      hint: text('Nếu có, ví dụ: 01/2020', 'If any, for example 01/2020'),
      visibleIf: isYes('chaMeDaKetHon'),
      required: false,
      maxLength: 30,
      width: '10',
      expectedLength: 7,
      ...fromCivilStatus('quyenSo', 'locked'),
    },
    {
      id: 'ketHonNgayDangKy',
      type: 'date',
      label: text('Ngày đăng ký kết hôn', 'Date the marriage was registered'),
      visibleIf: isYes('chaMeDaKetHon'),
      required: true,
      notInFuture: true,
      ...fromCivilStatus('ngayDangKy', 'locked'),
    },
    {
      id: 'ketHonNoiDangKy',
      type: 'text',
      label: text('Nơi đăng ký kết hôn', 'Where the marriage was registered'),
      hint: text(
        'Tên cơ quan đã đăng ký kết hôn, ví dụ: UBND phường Ba Đình, thành phố Hà Nội',
        'The office that registered it, for example the Ba Dinh Ward People\'s Committee, Hanoi',
      ),
      visibleIf: isYes('chaMeDaKetHon'),
      required: true,
      maxLength: 200,
      width: 'full',
      expectedLength: 35,
      ...fromCivilStatus('noiDangKy', 'locked'),
    },
  ],
};

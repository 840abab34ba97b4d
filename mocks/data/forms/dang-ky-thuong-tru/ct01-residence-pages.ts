import { is } from '../conditions';
import { fromPopulation } from '../bindings';
import { text, type PublishedField, type PublishedPage } from '../published-form';

/** Which registration the CT01 declaration is filed for: the pages differ in a few questions. */
export type ResidenceKind = 'thuong-tru' | 'tam-tru';

const documentTypes = ['.pdf', '.jpg', '.jpeg', '.png'];
const rentsOrLodges = is('choOHopPhap', 'thueMuonONho');
const withRelative = is('choOHopPhap', 'nhaNguoiThan');
const notOwned = { or: [rentsOrLodges, withRelative] };

/** The new address (whose commune police the declaration is addressed to) and, for tạm trú, how long. */
export function addressPage(kind: ResidenceKind): PublishedPage {
  const permanent = kind === 'thuong-tru';
  const until: PublishedField[] = permanent
    ? []
    : [
        {
          id: 'tamTruDenNgay',
          type: 'date',
          label: text('Tạm trú đến ngày', 'Staying until'),
          hint: text(
            'Thời hạn tạm trú tối đa 2 năm; khi hết hạn bạn có thể gia hạn (Điều 27 Luật Cư trú).',
            'Temporary residence lasts at most 2 years; you can extend it when it ends (Law on Residence, art. 27).',
          ),
          required: true,
          notInPast: true,
        },
      ];
  return {
    id: 'noi-dang-ky',
    title: permanent ? text('Nơi đăng ký thường trú', 'Where you register as a permanent resident') : text('Nơi đăng ký tạm trú', 'Where you register as a temporary resident'),
    description: text(
      'Tờ khai được gửi đến Công an xã, phường, đặc khu nơi có chỗ ở này (mục "Kính gửi").',
      'The declaration goes to the police of the commune or ward where this address is (the "To" line of the form).',
    ),
    fields: [
      {
        id: 'noiDangKy',
        type: 'address',
        label: permanent
          ? text('Địa chỉ chỗ ở hợp pháp đề nghị đăng ký thường trú', 'Address you register as your permanent residence')
          : text('Địa chỉ chỗ ở hợp pháp đề nghị đăng ký tạm trú', 'Address you register as your temporary residence'),
        hint: text('Điền sẵn theo nơi ở hiện tại của bạn trong CSDL quốc gia về dân cư', 'Filled in with your current address from the National Population Database'),
        required: true,
        requireStreet: true,
        ...fromPopulation('noiOHienTai', 'editable'),
      },
      ...until,
    ],
  };
}

/** Item 10 and the lawful residence it rests on (Điều 20 / 27 Luật Cư trú; Nghị định 154/2024/NĐ-CP). */
export function lawfulResidencePage(kind: ResidenceKind): PublishedPage {
  const permanent = kind === 'thuong-tru';
  const floorArea: PublishedField[] = permanent
    ? [
        {
          id: 'dienTichSan',
          type: 'number',
          label: text('Diện tích sàn bình quân mỗi người ở', 'Floor area per person living there'),
          hint: text(
            'Đăng ký thường trú tại chỗ ở thuê, mượn, ở nhờ cần đủ diện tích tối thiểu do Hội đồng nhân dân cấp tỉnh quy định, không dưới 8 m² sàn/người.',
            'To register permanently in a rented, borrowed or shared home you need the minimum floor area set by the provincial People’s Council, at least 8 m² per person.',
          ),
          visibleIf: rentsOrLodges,
          required: true,
          decimals: 1,
          min: 8,
          max: 1000,
          unit: text('m²/người', 'm² per person'),
          width: '5',
          expectedLength: 2,
        },
      ]
    : [];
  return {
    id: 'cho-o-hop-phap',
    title: text('Nội dung đề nghị và chỗ ở hợp pháp', 'Your request and your right to live there'),
    fields: [
      {
        id: 'noiDungDeNghi',
        type: 'content',
        variant: 'paragraph',
        label: permanent
          ? text('Nội dung đề nghị: đăng ký thường trú tại địa chỉ đã khai.', 'Request: register as a permanent resident at the address given.')
          : text('Nội dung đề nghị: đăng ký tạm trú tại địa chỉ đã khai.', 'Request: register as a temporary resident at the address given.'),
      },
      {
        id: 'choOHopPhap',
        type: 'radios',
        label: text('Chỗ ở này là', 'This home is'),
        required: true,
        options: [
          { value: 'soHuu', label: text('Nhà của tôi', 'My own'), hint: text('Thuộc quyền sở hữu hoặc sử dụng của bạn', 'You own it or hold the right to use it') },
          { value: 'thueMuonONho', label: text('Nhà thuê, mượn hoặc ở nhờ', 'Rented, borrowed or shared'), hint: text('Chủ sở hữu phải đồng ý', 'The owner must agree') },
          {
            value: 'nhaNguoiThan',
            label: text('Nhà của người thân', "A relative's home"),
            hint: text('Về ở với vợ hoặc chồng, cha mẹ, con, ông bà, anh chị em…', 'Living with your spouse, parents, children, grandparents, siblings…'),
          },
        ],
      },
      {
        id: 'giayChungNhan',
        type: 'file',
        label: text('Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở', 'Land use and house ownership certificate'),
        hint: text(
          'Không phải nộp nếu thông tin đã có trong CSDL quốc gia về đất đai: Công an khai thác trước khi yêu cầu giấy tờ. Có thể dùng bản điện tử trong kho dữ liệu của bạn.',
          'Not needed if the National Land Database holds it: the police look there before asking for papers. You can use the electronic copy in your data store.',
        ),
        visibleIf: is('choOHopPhap', 'soHuu'),
        required: false,
        accept: documentTypes,
        maxSizeMb: 5,
        maxFiles: 2,
        reuse: ['giay-chung-nhan-quyen-su-dung-dat'],
      },
      {
        id: 'hopDongThue',
        type: 'file',
        label: text('Hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ', 'Rental, loan or lodging agreement'),
        hint: text('PDF, JPG hoặc PNG, tối đa 5 MB mỗi tệp', 'PDF, JPG or PNG, up to 5 MB each'),
        visibleIf: rentsOrLodges,
        required: true,
        accept: documentTypes,
        maxSizeMb: 5,
        maxFiles: 3,
      },
      ...floorArea,
      {
        id: 'quanHeVoiChuNha',
        type: 'text',
        label: text('Quan hệ của bạn với chủ nhà', 'Your relationship to the owner'),
        hint: text(
          'Ví dụ: vợ, con, cháu ruột. Quan hệ đã có trong CSDL dân cư hoặc hộ tịch thì không cần giấy tờ chứng minh.',
          'For example: wife, son, grandson. No proof is needed for a relationship the population or civil-status database holds.',
        ),
        visibleIf: withRelative,
        required: true,
        maxLength: 50,
        width: '20',
        expectedLength: 4,
      },
      {
        id: 'chuSoHuuHoTen',
        type: 'text',
        label: text('Họ, chữ đệm và tên chủ sở hữu chỗ ở', 'Full name of the owner'),
        visibleIf: notOwned,
        required: true,
        maxLength: 100,
        width: 'full',
        expectedLength: 18,
      },
      {
        id: 'chuSoHuuSoDinhDanh',
        type: 'citizen-id',
        label: text('Số định danh cá nhân của chủ sở hữu', "Owner's personal identification number"),
        visibleIf: notOwned,
        required: true,
      },
      {
        id: 'chuSoHuuDongY',
        type: 'content',
        variant: 'inset',
        label: text(
          'Chủ sở hữu nhận đề nghị trên ứng dụng VNeID và xác nhận đồng ý ở đó, thay cho chữ ký tại mục "Ý kiến của chủ sở hữu chỗ ở hợp pháp". Hồ sơ được giải quyết sau khi chủ sở hữu đồng ý.',
          'The owner gets the request in the VNeID app and agrees there, instead of signing the "owner of the home" box. Your application is processed once the owner has agreed.',
        ),
        visibleIf: notOwned,
      },
    ],
  };
}

export const declarationPage: PublishedPage = {
  id: 'cam-doan',
  title: text('Cam đoan', 'Declaration'),
  fields: [
    {
      id: 'camDoan',
      type: 'consent',
      label: text(
        'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.',
        'I declare that the information given above is true, and I take legal responsibility for it.',
      ),
      required: true,
    },
  ],
};

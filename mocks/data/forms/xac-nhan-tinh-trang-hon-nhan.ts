import { fromPopulation } from './bindings';
import { attachmentsPage, declarationPage, purposePage } from './xac-nhan-tinh-trang-hon-nhan/final-pages';
import { certifiedPersonPage } from './xac-nhan-tinh-trang-hon-nhan/person-page';
import { maritalStatusProcedure } from './xac-nhan-tinh-trang-hon-nhan/procedure';
import { requesterFields } from './xac-nhan-tinh-trang-hon-nhan/requester-fields';
import { maritalStatusRules } from './xac-nhan-tinh-trang-hon-nhan/rules';
import { maritalStatusPage } from './xac-nhan-tinh-trang-hon-nhan/status-page';
import { text, type PublishedFormDocument, type PublishedPage } from './published-form';

/** "Kính gửi": the commune of the certified person's permanent residence (Điều 21 NĐ 123/2015). */
const issuingOfficePage: PublishedPage = {
  id: 'co-quan-cap',
  title: text('Cơ quan cấp Giấy xác nhận', 'Issuing office'),
  fields: [
    {
      id: 'coQuanCap',
      type: 'address',
      label: text('Ủy ban nhân dân xã/phường cấp Giấy xác nhận', "People's Committee of the commune or ward issuing the certificate"),
      hint: text(
        'Là nơi thường trú của người được xác nhận; nếu không có nơi thường trú thì nơi tạm trú (Điều 21 Nghị định 123/2015/NĐ-CP). Điền sẵn theo nơi thường trú của bạn.',
        "Where the person is permanently registered, or temporarily if they have no permanent residence (Article 21, Decree 123/2015/ND-CP). Filled in with your permanent residence.",
      ),
      required: true,
      requireStreet: false,
      ...fromPopulation('thuongTru', 'editable'),
    },
  ],
};

const requesterPage: PublishedPage = {
  id: 'nguoi-yeu-cau',
  title: text('Người yêu cầu', 'Applicant'),
  fields: requesterFields(),
};

/**
 * THE e-form of "Cấp Giấy xác nhận tình trạng hôn nhân" (1.004873): the interactive Tờ khai cấp
 * Giấy xác nhận tình trạng hôn nhân (TT 04/2020 as amended by TT 04/2024), in the order of the
 * official declaration (domain research §3.3).
 */
export const maritalStatusForm = {
  schemaVersion: 1,
  id: 'xac-nhan-tinh-trang-hon-nhan',
  version: 1,
  title: text('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Application for a certificate of marital status'),
  description: text(
    'Khai trực tuyến thay cho tờ khai giấy. Giấy xác nhận có giá trị 6 tháng và chỉ dùng cho mục đích đã ghi.',
    'Fill this in online instead of the paper form. The certificate is valid for 6 months and only for the purpose stated.',
  ),
  procedure: maritalStatusProcedure,
  pages: [issuingOfficePage, requesterPage, certifiedPersonPage, maritalStatusPage, purposePage, attachmentsPage, declarationPage],
  rules: maritalStatusRules,
} satisfies PublishedFormDocument;

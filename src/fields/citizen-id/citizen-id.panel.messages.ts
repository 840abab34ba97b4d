import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:citizen-id.panel.`: loaded with the panel, never by citizens. */
export const citizenIdPanelMessages = defineMessages(
  {
    panel: {
      dateOfBirthField: 'Mã trường ngày sinh để đối chiếu',
      dateOfBirthFieldHint: 'Mã của câu hỏi ngày sinh trên biểu mẫu, ví dụ ngaySinh; để trống nếu không đối chiếu năm sinh',
      sexField: 'Mã trường giới tính để đối chiếu',
      sexFieldHint: 'Mã của câu hỏi giới tính trên biểu mẫu, ví dụ gioiTinh; để trống nếu không đối chiếu',
      sexValues: 'Giá trị lưu của câu trả lời giới tính',
      male: 'Giá trị nghĩa là nam',
      female: 'Giá trị nghĩa là nữ',
    },
  },
  {
    panel: {
      dateOfBirthField: 'Id of the date of birth field to check against',
      dateOfBirthFieldHint: 'The id of the form’s date of birth question, for example ngaySinh; leave empty to skip the birth year check',
      sexField: 'Id of the sex field to check against',
      sexFieldHint: 'The id of the form’s sex question, for example gioiTinh; leave empty to skip the check',
      sexValues: 'Stored values of the sex answer',
      male: 'Value meaning male',
      female: 'Value meaning female',
    },
  },
);

import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:tax-code.panel.`: loaded with the panel, never by citizens. */
export const taxCodePanelMessages = defineMessages(
  {
    panel: {
      allowIndividual12: 'Nhận số định danh cá nhân 12 chữ số',
      allowIndividual12Hint: 'Là mã số thuế của cá nhân, hộ kinh doanh từ 01/07/2025; bỏ chọn nếu biểu mẫu chỉ dành cho tổ chức',
    },
  },
  {
    panel: {
      allowIndividual12: 'Accept a 12-digit personal identification number',
      allowIndividual12Hint: 'The tax code of individuals and household businesses since 1 July 2025; leave unticked if the form is for organisations only',
    },
  },
);

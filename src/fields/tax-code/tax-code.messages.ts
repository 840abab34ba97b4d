import { defineMessages } from '../shared/define-messages';

/** Registered under `fields:tax-code.`; `{{label}}` / `{{labelLower}}` are the field's label. */
export const taxCodeMessages = defineMessages(
  {
    typeName: 'Mã số thuế',
    panel: {
      allowIndividual12: 'Nhận số định danh cá nhân 12 chữ số',
      allowIndividual12Hint: 'Là mã số thuế của cá nhân, hộ kinh doanh từ 01/07/2025; bỏ chọn nếu biểu mẫu chỉ dành cho tổ chức',
    },
    errors: {
      format: '{{label}} phải gồm 10 chữ số, 13 chữ số (ví dụ 0100233488-001) hoặc là số định danh cá nhân 12 chữ số',
      formatNo12: '{{label}} phải gồm 10 chữ số hoặc 13 chữ số (ví dụ 0100233488-001)',
      checkDigit: '{{label}} không đúng: hãy kiểm tra lại 10 chữ số đầu',
      branchSuffix: '3 chữ số cuối của {{labelLower}} (mã đơn vị phụ thuộc) phải từ 001 đến 999',
      citizenId: '{{label}} gồm 12 chữ số phải là số định danh cá nhân hợp lệ',
    },
  },
  {
    typeName: 'Tax code',
    panel: {
      allowIndividual12: 'Accept a 12-digit personal identification number',
      allowIndividual12Hint: 'The tax code of individuals and household businesses since 1 July 2025; leave unticked if the form is for organisations only',
    },
    errors: {
      format: '{{label}} must be 10 digits, 13 digits (for example 0100233488-001) or a 12-digit personal identification number',
      formatNo12: '{{label}} must be 10 digits or 13 digits (for example 0100233488-001)',
      checkDigit: '{{label}} is not correct: check the first 10 digits',
      branchSuffix: 'The last 3 digits of the {{labelLower}} (dependent unit) must be from 001 to 999',
      citizenId: 'A 12-digit {{labelLower}} must be a valid personal identification number',
    },
  },
);

import { defineMessages } from '../shared/define-messages';

/** Registered under `fields:tax-code.`; `{{label}}` / `{{labelLower}}` are the field's label. */
export const taxCodeMessages = defineMessages(
  {
    typeName: 'Mã số thuế',
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
    errors: {
      format: '{{label}} must be 10 digits, 13 digits (for example 0100233488-001) or a 12-digit personal identification number',
      formatNo12: '{{label}} must be 10 digits or 13 digits (for example 0100233488-001)',
      checkDigit: '{{label}} is not correct: check the first 10 digits',
      branchSuffix: 'The last 3 digits of the {{labelLower}} (dependent unit) must be from 001 to 999',
      citizenId: 'A 12-digit {{labelLower}} must be a valid personal identification number',
    },
  },
);

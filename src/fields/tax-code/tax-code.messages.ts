import { defineFieldMessages } from '../shared/define-messages';

/** Registered under `fields:tax-code.`; `{{label}}` / `{{labelLower}}` are the field's label. */
export const taxCodeMessages = defineFieldMessages({
  typeName: 'Mã số thuế',
  errors: {
    format: '{{label}} phải gồm 10 chữ số, 13 chữ số (ví dụ 0100233488-001) hoặc là số định danh cá nhân 12 chữ số',
    formatNo12: '{{label}} phải gồm 10 chữ số hoặc 13 chữ số (ví dụ 0100233488-001)',
    checkDigit: '{{label}} không đúng: hãy kiểm tra lại 10 chữ số đầu',
    branchSuffix: '3 chữ số cuối của {{labelLower}} (mã đơn vị phụ thuộc) phải từ 001 đến 999',
    citizenId: '{{label}} gồm 12 chữ số phải là số định danh cá nhân hợp lệ',
  },
});

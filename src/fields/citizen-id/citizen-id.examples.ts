import type { CitizenIdConfig } from './citizen-id.config';

export const citizenIdExamples = {
  default: {
    type: 'citizen-id', id: 'soDinhDanh', label: { vi: 'Số định danh cá nhân', en: 'Personal identification number' },
    hint: { vi: 'Gồm 12 chữ số, in trên thẻ Căn cước', en: '12 digits, printed on the identity card' },
    required: true, sexValues: { male: 'nam', female: 'nu' },
  },
  /** The child's number on a birth-related form, checked against the date of birth and sex asked earlier. */
  checkedAgainstBirth: {
    type: 'citizen-id', id: 'soDinhDanhCon', label: { vi: 'Số định danh cá nhân của con', en: "Child's personal identification number" },
    required: false, dateOfBirthField: 'ngaySinhCon', sexField: 'gioiTinhCon', sexValues: { male: 'nam', female: 'nu' },
  },
} satisfies { default: CitizenIdConfig } & Record<string, CitizenIdConfig>;

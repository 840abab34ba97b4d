import type { DateConfig } from './date.config';

export const dateExamples = {
  default: {
    type: 'date', id: 'ngayCap', label: { vi: 'Ngày cấp', en: 'Date of issue' },
    required: true, min: '1945-09-02', notInFuture: true,
  },
  dateOfBirth: {
    type: 'date', id: 'ngaySinh', label: { vi: 'Ngày sinh', en: 'Date of birth' },
    required: true, notInFuture: true, minAgeYears: 18, maxAgeYears: 120,
  },
  appointment: {
    type: 'date', id: 'ngayHenMongMuon', label: { vi: 'Ngày mong muốn đến nhận kết quả', en: 'Preferred date to collect the result' },
    hint: { vi: 'Không tính thứ Bảy, Chủ nhật', en: 'Not Saturday or Sunday' },
    required: false, notInPast: true,
  },
} satisfies { default: DateConfig } & Record<string, DateConfig>;

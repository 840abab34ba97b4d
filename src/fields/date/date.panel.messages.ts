import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:date.panel.`: loaded with the panel, never by citizens. */
export const datePanelMessages = defineMessages(
  {
    panel: {
      min: 'Ngày sớm nhất được nhận',
      max: 'Ngày muộn nhất được nhận',
      minHint: 'Ngày/tháng/năm, ví dụ 02/09/1945; để trống nếu không giới hạn',
      maxHint: 'Ngày/tháng/năm, ví dụ 31/12/2030; để trống nếu không giới hạn',
      period: 'Giới hạn theo ngày điền biểu mẫu',
      periods: {
        any: 'Không giới hạn',
        notInFuture: 'Không được là ngày trong tương lai (ví dụ ngày sinh, ngày cấp)',
        notInPast: 'Không được là ngày đã qua (ví dụ ngày hẹn)',
      },
      minAgeYears: 'Tuổi tối thiểu (năm)',
      maxAgeYears: 'Tuổi tối đa (năm)',
      boundsHint: 'Với ngày sinh: tuổi của người đó tính đến hôm nay, từ 0 đến 150; để trống nếu không giới hạn',
      errors: { date: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 02/09/1945' },
    },
  },
  {
    panel: {
      min: 'Earliest date accepted',
      max: 'Latest date accepted',
      minHint: 'Day/month/year, for example 02/09/1945; leave empty for no limit',
      maxHint: 'Day/month/year, for example 31/12/2030; leave empty for no limit',
      period: 'Limit by the day the form is filled in',
      periods: {
        any: 'No limit',
        notInFuture: 'Must not be in the future (for example a date of birth or issue)',
        notInPast: 'Must not be in the past (for example an appointment)',
      },
      minAgeYears: 'Minimum age (years)',
      maxAgeYears: 'Maximum age (years)',
      boundsHint: 'For a date of birth: the person’s age today, from 0 to 150; leave empty for no limit',
      errors: { date: 'Enter the date as day/month/year, for example 02/09/1945' },
    },
  },
);

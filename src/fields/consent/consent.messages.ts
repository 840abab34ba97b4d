import { defineMessages } from '../shared/define-messages';

export const consentMessages = defineMessages(
  {
    typeName: 'Xác nhận, cam đoan',
    confirmed: 'Đã xác nhận',
    errors: { required: 'Vui lòng đánh dấu vào ô xác nhận để tiếp tục' },
  },
  {
    typeName: 'Declaration',
    confirmed: 'Confirmed',
    errors: { required: 'Tick the box to confirm before you continue' },
  },
);

import { defineFieldMessages } from '../shared/define-messages';

export const consentMessages = defineFieldMessages({
  typeName: 'Xác nhận, cam đoan',
  confirmed: 'Đã xác nhận',
  errors: { required: 'Vui lòng đánh dấu vào ô xác nhận để tiếp tục' },
});

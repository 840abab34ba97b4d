import { defineMessages } from '../shared/define-messages';

/** The builder panel's texts, under `fields:address.panel.`: loaded with the panel, never by citizens. */
export const addressPanelMessages = defineMessages(
  {
    panel: {
      requireStreet: 'Hỏi địa chỉ chi tiết (số nhà, đường, thôn/tổ)',
      requireStreetHint: 'Bỏ chọn khi chỉ cần tỉnh/thành phố và xã/phường, ví dụ nơi đăng ký',
    },
  },
  {
    panel: {
      requireStreet: 'Ask for the street address (house number, street, village or group)',
      requireStreetHint: 'Leave unticked when only the province and commune matter, such as the registering office',
    },
  },
);

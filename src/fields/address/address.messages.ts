import { defineMessages } from '../shared/define-messages';

/** Registered under `fields:address.`; `{{labelLower}}` is the field's label ("địa chỉ thường trú"). */
export const addressMessages = defineMessages(
  {
    province: 'Tỉnh/Thành phố',
    ward: 'Xã/Phường/Đặc khu',
    street: 'Địa chỉ chi tiết',
    streetHint: 'Số nhà, đường, thôn/tổ',
    chooseProvinceFirst: 'Chọn tỉnh/thành phố trước.',
    loading: 'Đang tải danh sách xã/phường…',
    loadFailed: 'Không tải được danh sách xã/phường. Những gì bạn đã nhập vẫn được giữ.',
    retry: 'Tải lại danh sách',
    panel: {
      requireStreet: 'Hỏi địa chỉ chi tiết (số nhà, đường, thôn/tổ)',
      requireStreetHint: 'Bỏ chọn khi chỉ cần tỉnh/thành phố và xã/phường, ví dụ nơi đăng ký',
    },
    noResults: 'Không có kết quả phù hợp',
    truncated: 'Đang hiện {{shown}} trong {{total}} kết quả; gõ thêm để thu hẹp',
    errors: {
      province: 'Vui lòng chọn tỉnh/thành phố của {{labelLower}}',
      provinceUnknown: 'Tỉnh/thành phố của {{labelLower}} không có trong danh mục; hãy chọn lại',
      ward: 'Vui lòng chọn xã/phường/đặc khu của {{labelLower}}',
      wardUnknown: 'Xã/phường/đặc khu của {{labelLower}} không hợp lệ; hãy chọn lại',
      wardNotInProvince: 'Xã/phường/đặc khu của {{labelLower}} không thuộc tỉnh/thành phố đã chọn; hãy chọn lại',
      street: 'Vui lòng nhập số nhà, đường, thôn/tổ của {{labelLower}}',
      streetCharacters: 'Địa chỉ chi tiết có ký tự không hợp lệ',
      streetEmoji: 'Địa chỉ chi tiết không được chứa biểu tượng cảm xúc (emoji)',
      streetTooLong: 'Địa chỉ chi tiết không được dài quá {{max}} ký tự',
    },
  },
  {
    province: 'Province or city',
    ward: 'Commune, ward or special zone',
    street: 'Street address',
    streetHint: 'House number, street, village or residential group',
    chooseProvinceFirst: 'Choose the province or city first.',
    loading: 'Loading the list of communes and wards…',
    loadFailed: 'The list of communes and wards could not be loaded. What you have entered is kept.',
    retry: 'Load the list again',
    panel: {
      requireStreet: 'Ask for the street address (house number, street, village or group)',
      requireStreetHint: 'Leave unticked when only the province and commune matter, such as the registering office',
    },
    noResults: 'No matching results',
    truncated: 'Showing {{shown}} of {{total}} results; type more to narrow them down',
    errors: {
      province: 'Choose the province or city of the {{labelLower}}',
      provinceUnknown: 'The province of the {{labelLower}} is not in the list; choose it again',
      ward: 'Choose the commune, ward or special zone of the {{labelLower}}',
      wardUnknown: 'The commune or ward of the {{labelLower}} is not valid; choose it again',
      wardNotInProvince: 'The commune or ward of the {{labelLower}} is not in the province you chose; choose it again',
      street: 'Enter the house number and street, village or group of the {{labelLower}}',
      streetCharacters: 'The street address contains characters that are not allowed',
      streetEmoji: 'The street address must not contain emoji',
      streetTooLong: 'The street address must be {{max}} characters or fewer',
    },
  },
);

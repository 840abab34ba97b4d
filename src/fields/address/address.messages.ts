import { defineFieldMessages } from '../shared/define-messages';

/** Registered under `fields:address.`; `{{labelLower}}` is the field's label ("địa chỉ thường trú"). */
export const addressMessages = defineFieldMessages({
  typeName: 'Địa chỉ',
  province: 'Tỉnh/Thành phố',
  ward: 'Xã/Phường/Đặc khu',
  street: 'Địa chỉ chi tiết',
  streetHint: 'Số nhà, đường, thôn/tổ',
  chooseProvinceFirst: 'Chọn tỉnh/thành phố trước.',
  loading: 'Đang tải danh sách xã/phường…',
  loadFailed: 'Không tải được danh sách xã/phường. Những gì bạn đã nhập vẫn được giữ.',
  retry: 'Tải lại danh sách',
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
});

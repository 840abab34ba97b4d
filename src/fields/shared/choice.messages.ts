/** Messages every single- or multiple-choice type carries under its own prefix. */
export const choiceMessages = { notAnOption: '{{label}}: lựa chọn không có trong danh sách' };

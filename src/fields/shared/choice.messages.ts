/** Messages every single- or multiple-choice type carries under its own prefix. */
export const choiceMessages = {
  vi: { notAnOption: '{{label}}: lựa chọn không có trong danh sách' },
  en: { notAnOption: '{{label}}: the selected option is not in the list' },
};

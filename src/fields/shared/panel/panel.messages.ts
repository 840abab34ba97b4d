import { defineMessages } from '../define-messages';
import { registerPanelMessages } from './register-panel-messages';

/** Texts of the shared builder-panel controls, under `fields:common.panel.`: loaded with the builder, never by citizens. */
export const commonPanelMessages = defineMessages(
  {
    panel: {
      languages: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
      errors: {
        number: 'Nhập một số, ví dụ 12 hoặc 0,5',
        numberRequired: 'Ô này không được để trống: nhập một số',
      },
      width: {
        label: 'Độ rộng ô nhập',
        hint: 'Ô vừa với độ dài câu trả lời giúp người dân biết cần nhập bao nhiêu',
        full: 'Hết chiều ngang',
        characters: 'Khoảng {{count}} ký tự',
      },
      expectedLength: {
        label: 'Độ dài thường gặp của câu trả lời (số ký tự)',
        hint: 'Chỉ dùng để ước tính thời gian điền biểu mẫu; để trống nếu chưa biết',
      },
      options: {
        legend: 'Các lựa chọn',
        option: 'Lựa chọn {{number}}',
        which: '(lựa chọn {{number}})',
        value: 'Giá trị lưu trong hồ sơ',
        valueHint: 'Không hiển thị cho người dân; mỗi lựa chọn một giá trị riêng, ví dụ truc-tiep',
        label: 'Nhãn hiển thị',
        hint: 'Gợi ý dưới nhãn (không bắt buộc)',
        up: 'Chuyển lên',
        down: 'Chuyển xuống',
        remove: 'Xoá',
        add: 'Thêm lựa chọn',
        newLabel: 'Lựa chọn {{number}}',
        added: 'Đã thêm lựa chọn {{number}}.',
        removed: 'Đã xoá lựa chọn {{number}}.',
        moved: 'Đã chuyển lựa chọn đến vị trí {{number}}.',
        errors: {
          emptyValue: 'Nhập giá trị lưu của lựa chọn này',
          duplicateValue: 'Giá trị này trùng với một lựa chọn khác',
        },
      },
    },
  },
  {
    panel: {
      languages: { vi: 'Vietnamese', en: 'English' },
      errors: {
        number: 'Enter a number, like 12 or 0.5',
        numberRequired: 'This box cannot be empty: enter a number',
      },
      width: {
        label: 'Width of the box',
        hint: 'A box that fits the answer tells people how much to enter',
        full: 'Full width',
        characters: 'About {{count}} characters',
      },
      expectedLength: {
        label: 'Typical length of an answer (characters)',
        hint: 'Only used to estimate how long the form takes; leave empty if you do not know',
      },
      options: {
        legend: 'Options',
        option: 'Option {{number}}',
        which: '(option {{number}})',
        value: 'Value stored in the dossier',
        valueHint: 'Not shown to people; each option needs its own value, like in-person',
        label: 'Label shown',
        hint: 'Hint under the label (optional)',
        up: 'Move up',
        down: 'Move down',
        remove: 'Remove',
        add: 'Add an option',
        newLabel: 'Option {{number}}',
        added: 'Option {{number}} added.',
        removed: 'Option {{number}} removed.',
        moved: 'Option moved to position {{number}}.',
        errors: {
          emptyValue: 'Enter the stored value of this option',
          duplicateValue: 'This value is already used by another option',
        },
      },
    },
  },
);

// Every shared control imports this module, so the texts arrive with the first panel.
registerPanelMessages('common', commonPanelMessages);

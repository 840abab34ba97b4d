import { choiceMessages } from '../shared/choice.messages';
import { defineMessages } from '../shared/define-messages';

export const checkboxesMessages = defineMessages(
  {
    typeName: 'Chọn nhiều',
    errors: {
      ...choiceMessages.vi,
      minSelected: '{{label}}: chọn ít nhất {{min}} mục',
      maxSelected: '{{label}}: chỉ được chọn tối đa {{max}} mục',
    },
    panel: {
      minSelected: 'Số mục được chọn ít nhất',
      maxSelected: 'Số mục được chọn nhiều nhất',
      boundsHint: 'Từ 1 trở lên; để trống nếu không giới hạn',
    },
  },
  {
    typeName: 'Choose several',
    errors: {
      ...choiceMessages.en,
      minSelected: '{{label}}: select at least {{min}} options',
      maxSelected: '{{label}}: select no more than {{max}} options',
    },
    panel: {
      minSelected: 'Fewest options to tick',
      maxSelected: 'Most options to tick',
      boundsHint: '1 or more; leave empty for no limit',
    },
  },
);

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
  },
  {
    typeName: 'Choose several',
    errors: {
      ...choiceMessages.en,
      minSelected: '{{label}}: select at least {{min}} options',
      maxSelected: '{{label}}: select no more than {{max}} options',
    },
  },
);

import { choiceMessages } from '../shared/choice.messages';
import { defineFieldMessages } from '../shared/define-messages';

export const checkboxesMessages = defineFieldMessages({
  typeName: 'Chọn nhiều',
  errors: {
    ...choiceMessages,
    minSelected: '{{label}}: chọn ít nhất {{min}} mục',
    maxSelected: '{{label}}: chỉ được chọn tối đa {{max}} mục',
  },
});

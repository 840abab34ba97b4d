import type { MessageStrings } from './define-messages';
import type { commonFieldMessages } from './common.messages';

/** English of `commonFieldMessages`, loaded when a citizen chooses English. */
export default {
  errors: {
    required: 'Enter {{labelLower}}',
    requiredChoice: 'Select an answer for “{{label}}”',
    controlCharacters: '{{label}} contains characters that are not allowed',
    emoji: '{{label}} must not contain emoji',
    tooLong: '{{label}} must be {{max}} characters or fewer',
    pattern: '{{label}} is not in the right format',
  },
  optional: '(optional)',
  failed: '“{{label}}” cannot be shown. Everything you have entered is kept.',
  failedRetry: 'Try showing it again',
  loadingField: 'Loading…',
} satisfies MessageStrings<typeof commonFieldMessages>;

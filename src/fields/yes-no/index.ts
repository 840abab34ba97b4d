import { defineField } from '../field-definition';
import { yesNoAnswerSchema } from './yes-no.answer';
import { createYesNoConfig, yesNoConfigSchema } from './yes-no.config';
import { yesNoMessages } from './yes-no.messages';
import { YesNoRenderer } from './yes-no.renderer';

/** A closed question answered Có / Không. */
export const yesNoField = defineField({
  type: 'yes-no',
  version: 1,
  migrations: [],
  category: 'choice',
  layout: 'fieldset',
  hasAnswer: true,
  configSchema: yesNoConfigSchema,
  create: createYesNoConfig,
  answerSchema: yesNoAnswerSchema,
  emptyAnswer: () => null,
  formatAnswer: (answer, _config, { t }) =>
    answer === true ? t('fields:yes-no.yes') : answer === false ? t('fields:yes-no.no') : '',
  Renderer: YesNoRenderer,
  prefill: {
    accepts: ['boolean'],
    coerce: (raw) => (typeof raw === 'boolean' ? raw : undefined),
  },
  messages: yesNoMessages,
});

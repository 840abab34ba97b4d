import { lazy } from 'react';
import { defineField } from '../field-definition';
import {
  emptyRepeatableGroupAnswer, formatRepeatableGroupAnswer, repeatableGroupAnswerSchema,
} from './repeatable-group.answer';
import { createRepeatableGroupConfig, repeatableGroupConfigSchema } from './repeatable-group.config';
import { repeatableGroupMessages } from './repeatable-group.messages';
import { RepeatableGroupRenderer } from './repeatable-group.renderer';

/** A list of like items (family members…): an array of answers keyed by child field id. */
export const repeatableGroupField = defineField({
  type: 'repeatable-group',
  version: 1,
  migrations: [],
  category: 'group',
  layout: 'fieldset',
  hasAnswer: true,
  container: { repeatable: true, children: (config) => config.fields },
  configSchema: repeatableGroupConfigSchema,
  create: createRepeatableGroupConfig,
  answerSchema: repeatableGroupAnswerSchema,
  emptyAnswer: emptyRepeatableGroupAnswer,
  formatAnswer: formatRepeatableGroupAnswer,
  Renderer: RepeatableGroupRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./repeatable-group.panel').then((module) => ({ default: module.RepeatableGroupPanel }))),
  /**
   * The list's own overhead only (the engine adds the children per item): decide how many items,
   * and press "add" once when the list starts empty.
   */
  messages: repeatableGroupMessages,
});

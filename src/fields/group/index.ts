import { z } from '@/lib/zod';
import { defineField } from '../field-definition';
import { createGroupConfig, groupConfigSchema } from './group.config';
import { groupMessages } from './group.messages';
import { GroupRenderer } from './group.renderer';

/**
 * A non-repeating section: a fieldset with the label as legend. It collects nothing itself; its
 * children's answers sit flat beside it, so hiding or regrouping never changes answer paths.
 */
export const groupField = defineField({
  type: 'group',
  version: 1,
  migrations: [],
  category: 'group',
  layout: 'fieldset',
  hasAnswer: false,
  container: { repeatable: false, children: (config) => config.fields },
  configSchema: groupConfigSchema,
  create: createGroupConfig,
  answerSchema: () => z.undefined(),
  emptyAnswer: () => undefined,
  formatAnswer: () => '',
  Renderer: GroupRenderer,
  /** Nothing to do for the section itself; the engine adds its children's estimates. */
  messages: groupMessages,
});

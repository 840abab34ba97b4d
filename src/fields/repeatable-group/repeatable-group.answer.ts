import { z } from '@/lib/zod';
import type { AnswerSchemaContext, FormatContext } from '../field-definition';
import { localize } from '@/schema/localized-text';
import { message } from '@/schema/validation-message';
import type { RepeatableGroupConfig, RepeatableGroupItem } from './repeatable-group.config';

/**
 * Item labels go into the message in both languages (`item`, `itemEn`): messages are translated
 * only when shown, and each language's sentence picks its own.
 */
const itemValues = (config: RepeatableGroupConfig) => ({
  item: localize(config.itemLabel, 'vi').toLocaleLowerCase('vi'),
  itemEn: localize(config.itemLabel, 'en').toLocaleLowerCase('en'),
});

/**
 * Items are validated by their children's own validators (issues at `[index, childId]`); the
 * count is the container's own concern. An optional list may be left empty even when `minItems`
 * says how many a non-empty list needs; a required one needs at least one item.
 */
export function repeatableGroupAnswerSchema(config: RepeatableGroupConfig, context: AnswerSchemaContext) {
  const item = z.object(Object.fromEntries(config.fields.map((child) => [child.id, context.fieldSchema(child)])));
  const min = Math.max(config.minItems, config.required ? 1 : 0);
  return z.array(item, { error: message('fields:common.errors.required') }).check(
    z.superRefine((items, ctx) => {
      const count = items.length;
      if (count === 0 && !config.required) return;
      if (count < min) {
        ctx.addIssue({ code: 'custom', message: message('fields:repeatable-group.errors.minItems', { count: min, ...itemValues(config) }) });
      } else if (count > config.maxItems) {
        ctx.addIssue({ code: 'custom', message: message('fields:repeatable-group.errors.maxItems', { count: config.maxItems, ...itemValues(config) }) });
      }
    }),
  );
}

/** New forms start with the minimum number of items; the host fills each child's empty answer in. */
export const emptyRepeatableGroupAnswer = (config: RepeatableGroupConfig): RepeatableGroupItem[] =>
  Array.from({ length: config.minItems }, () => ({}));

/** One numbered line per item: "1. Nguyễn Văn A, 12/03/1990, Con". */
export function formatRepeatableGroupAnswer(
  answer: readonly RepeatableGroupItem[] | undefined,
  config: RepeatableGroupConfig,
  context: FormatContext,
): string {
  return (answer ?? [])
    .map((item, index) => {
      const parts = config.fields.map((child) => context.formatField(child, item[child.id])).filter((text) => text !== '');
      return `${index + 1}. ${parts.join(', ')}`;
    })
    .join('\n');
}

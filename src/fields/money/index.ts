import { lazy } from 'react';
import { defineField } from '../field-definition';
import { formatMoneyAnswer, moneyAnswerSchema } from './money.answer';
import { createMoneyConfig, moneyConfigSchema } from './money.config';
import { moneyMessages } from './money.messages';
import { MoneyRenderer } from './money.renderer';
import { groupMoney, parseMoney } from './money.parse';

/** An amount in whole Vietnamese đồng, typed with or without grouping, kept as typed. */
export const moneyField = defineField({
  type: 'money',
  version: 1,
  migrations: [],
  category: 'number',
  layout: 'single',
  hasAnswer: true,
  configSchema: moneyConfigSchema,
  create: createMoneyConfig,
  answerSchema: moneyAnswerSchema,
  emptyAnswer: () => '',
  formatAnswer: (answer, _config, { locale }) => formatMoneyAnswer(answer, locale),
  Renderer: MoneyRenderer,
  // The builder's panel loads with the builder: citizens never download it.
  Panel: lazy(() => import('./money.panel').then((module) => ({ default: module.MoneyPanel }))),
  prefill: {
    accepts: ['money', 'number'],
    coerce: (raw) => {
      const amount = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseMoney(raw) : undefined;
      return amount !== undefined && Number.isSafeInteger(amount) && amount >= 0 ? groupMoney(amount, 'vi') : undefined;
    },
  },
  messages: moneyMessages,
});

import { describe, expect, it } from 'vitest';
import { mockIdpMessages } from '@mocks/identity-provider/messages';
import { mockGatewayMessages } from '@mocks/payment-gateway/messages';
import { builderMessages } from '@/builder/messages';
import { englishFieldMessages } from '@/fields/messages-en';
import { vietnameseFieldMessages } from '@/fields/registry';
import { metricsMessages } from '@/metrics/messages';
import { enCatalogue } from './locales/en/catalogue';
import { enCommon } from './locales/en/common';
import { enDossiers } from './locales/en/dossiers';
import { viCatalogue } from './locales/vi/catalogue';
import { viCommon } from './locales/vi/common';
import { viDossiers } from './locales/vi/dossiers';

/** Every leaf of a nested message object as `path → text` ("errors.tooLong" → "…"). */
const leaves = (messages: Record<string, unknown>, prefix = ''): [string, unknown][] =>
  Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? leaves(value as Record<string, unknown>, `${prefix}${key}.`) : [[`${prefix}${key}`, value] as [string, unknown]],
  );

/** The builder panels' texts, registered into `fields` when a panel's chunk loads. */
const panelModules = import.meta.glob<Record<string, { vi: Record<string, unknown>; en: Record<string, unknown> }>>(
  ['/src/fields/*/*.panel.messages.ts', '/src/fields/shared/panel/panel.messages.ts'],
  { eager: true },
);
const panelMessages = Object.entries(panelModules).flatMap(([path, module]) =>
  Object.values(module).map((messages) => [`fields (panel, ${path.split('/').at(-1) ?? path})`, messages.vi, messages.en] as [string, Record<string, unknown>, Record<string, unknown>]),
);

/** Every namespace the app registers, Vietnamese (the default) beside English. */
const namespaces: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ['common', viCommon, enCommon],
  ['common (catalogue pages)', viCatalogue, enCatalogue],
  ['common (pages after the form)', viDossiers, enDossiers],
  ['fields', vietnameseFieldMessages, englishFieldMessages],
  ['metrics', metricsMessages.vi, metricsMessages.en],
  ['builder', builderMessages.vi, builderMessages.en],
  ['mockIdp', mockIdpMessages.vi, mockIdpMessages.en],
  ['mockGateway', mockGatewayMessages.vi, mockGatewayMessages.en],
  ...panelMessages,
];

it('covers the texts of every builder panel', () => {
  expect(panelMessages.length).toBeGreaterThanOrEqual(16);
});

describe.each(namespaces)('the %s namespace', (_name, vi, en) => {
  it('has exactly the same keys in Vietnamese and English', () => {
    expect(leaves(en).map(([key]) => key).sort()).toEqual(leaves(vi).map(([key]) => key).sort());
  });

  it('has no blank text in either language', () => {
    const blank = [...leaves(vi), ...leaves(en)].filter(([, text]) => typeof text !== 'string' || text.trim() === '');
    expect(blank).toEqual([]);
  });

});

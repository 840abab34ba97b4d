/**
 * Conformance suite: every registered field type honours the field-type contract. A new type is
 * picked up automatically; nothing here names a type.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { answerValidator } from '@/engine/answer-validators';
import type { AnyFieldDefinition } from '@/fields/field-definition';
import { fieldDefinitions, fieldRegistry } from '@/fields/registry';
import { viCommon } from '@/i18n/locales/vi/common';
import type { BaseFieldConfig } from '@/schema/base-field';
import { onePageSchema } from '../fixtures/make-form-schema';
import { axeViolations } from '../utils/axe';
import { renderFormPage } from '../utils/render-form-page';
import { examplesOf } from '@/fields/examples';
import { klmOf } from '@/fields/klm';
import { commonFieldMessages } from '@/fields/shared/common.messages';
import { englishFieldMessages } from '@/fields/messages-en';

const definitions = fieldRegistry.all().map((definition) => [definition.type, definition] as const);

/** Keys of a nested message object, flattened ("errors.tooLong"). */
const keysOf = (messages: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

const formatContext = {
  locale: 'vi' as const,
  t: (key: string) => key,
  formatField: (config: BaseFieldConfig, answer: unknown): string => fieldRegistry.of(config).formatAnswer(answer, config, formatContext),
};

/** A container example needs children; the registry's own text type stands in for them. */
const asRequired = (config: BaseFieldConfig) => ({ ...config, required: true });

describe('the field registry', () => {
  it('lists each type once, with a kebab-case id', () => {
    const types = fieldDefinitions.map((definition) => definition.type);
    expect(new Set(types).size).toBe(types.length);
    for (const type of types) expect(type).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});

describe.each(definitions)('field type %s', (_type, definition: AnyFieldDefinition) => {
  const examples = Object.entries(examplesOf(definition));

  it('accepts every named example and the palette default under its config schema', () => {
    for (const [name, example] of examples) {
      const result = definition.configSchema.safeParse(example);
      expect(result.success, `example "${name}": ${result.error?.message}`).toBe(true);
    }
    expect(definition.configSchema.safeParse(definition.create('truongMoi')).success).toBe(true);
    expect(definition.create('truongMoi').id).toBe('truongMoi');
  });

  it('rejects a config of another type', () => {
    expect(definition.configSchema.safeParse({ ...examplesOf(definition).default, type: 'not-this-type' }).success).toBe(false);
  });

  it('has the same message keys in Vietnamese and English, none blank', () => {
    const english = englishFieldMessages[definition.type] as Record<string, unknown>;
    expect(keysOf(english).sort()).toEqual(keysOf(definition.messages).sort());
  });

  it('ships one migration per version after the first', () => {
    expect(definition.migrations).toHaveLength(definition.version - 1);
  });

  it('estimates a finite completion time, positive for anything the citizen answers', () => {
    for (const [, example] of examples) {
      const estimate = klmOf(example);
      expect(Number.isFinite(estimate.seconds)).toBe(true);
      // A plain group costs nothing itself: its children carry their own estimates.
      expect(estimate.seconds).toBeGreaterThanOrEqual(definition.hasAnswer ? 0.1 : 0);
    }
  });

  it('formats an unanswered field as text', () => {
    const example = examplesOf(definition).default;
    expect(typeof definition.formatAnswer(definition.emptyAnswer(example), example, formatContext)).toBe('string');
  });

  if (definition.hasAnswer) {
    it('rejects the empty answer when required and accepts it when optional', () => {
      const example = examplesOf(definition).default;
      expect(answerValidator(asRequired(example), true).safeParse(definition.emptyAnswer(example)).success).toBe(false);
      expect(answerValidator({ ...example, required: false }, false).safeParse(definition.emptyAnswer(example)).success).toBe(true);
    });

    it('shows the required error at the field and in the error summary, linked to the control', async () => {
      const example = asRequired(examplesOf(definition).default);
      const { user, onValid, container } = renderFormPage(onePageSchema([example]));
      // A type may load its widget on first use (address, file): the citizen sees it before submitting.
      await waitFor(() => expect(screen.queryByText(commonFieldMessages.loadingField)).toBeNull());
      await user.click(screen.getByRole('button', { name: viCommon.renderer.continue }));
      expect(onValid).not.toHaveBeenCalled();
      const summary = await screen.findByRole('alert');
      const [link] = within(summary).getAllByRole('link');
      const fieldErrors = container.querySelectorAll('[data-field-error]');
      expect(fieldErrors.length).toBeGreaterThan(0);
      expect(fieldErrors[0]?.textContent).toContain(link?.textContent ?? '∅');
      const target = document.getElementById(link?.getAttribute('href')?.slice(1) ?? '');
      expect(target, 'the summary link must point at a control').not.toBeNull();
    });
  }

  it('renders its default example accessibly, with no axe violations', async () => {
    const example = examplesOf(definition).default;
    const { container, queryClient } = renderFormPage(onePageSchema([example]));
    if (definition.hasAnswer) expect(container.querySelector(`[data-field="${example.id}"]`)).not.toBeNull();
    // Judge the settled page (a type may load reference data, such as the list of communes).
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(await axeViolations(container)).toEqual([]);
  });
});

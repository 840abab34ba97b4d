import i18next from 'i18next';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(async () => {
  localStorage.clear();
  await i18next.changeLanguage('vi');
});

it('registers the field types’ Vietnamese at once and their English only when English is chosen', async () => {
  // The test setup has loaded every language: start this file's i18n modules afresh, without the English.
  vi.resetModules();
  i18next.removeResourceBundle('en', 'fields');
  const { switchLanguage } = await import('@/i18n/i18n');
  const { provideFieldTexts } = await import('./field-texts');

  await provideFieldTexts();
  expect(i18next.t('fields:date.example')).toBe('Ví dụ: 27/03/2019');
  expect(i18next.hasResourceBundle('en', 'fields')).toBe(false);

  await switchLanguage('en');
  expect(i18next.t('fields:date.example')).toBe('For example, 27/03/2019');
  expect(i18next.t('fields:common.errors.required', { labelLower: 'full name' })).toBe('Enter full name');
});

it('adds the field types’ texts beside builder panel texts that arrived first', async () => {
  // The builder's chunk can load, and register its panels' texts into `fields`, before the field texts.
  vi.resetModules();
  i18next.removeResourceBundle('vi', 'fields');
  await import('@/fields/shared/panel/panel.messages');
  const { provideFieldTexts } = await import('./field-texts');

  await provideFieldTexts();
  expect(i18next.t('fields:text.typeName')).toBe('Một dòng chữ');
  expect(i18next.t('fields:common.panel.width.label')).toBe('Độ rộng ô nhập');
});

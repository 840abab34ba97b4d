import type { ComponentType } from 'react';
import { loadTexts } from '@/i18n/i18n';
import type { PageText } from './page-routes';

type PageModule<Module> = Promise<Module & { default: ComponentType }>;

const loadPageText = async (text: PageText): Promise<void> =>
  text === 'fields' ? (await import('./field-texts')).provideFieldTexts() : loadTexts(text);

/** A page's code together with its texts: the page never renders before the words it shows. */
export const withTexts =
  <Module>(texts: readonly PageText[], load: () => PageModule<Module>) =>
  async (): PageModule<Module> =>
    (await Promise.all([load(), ...texts.map(loadPageText)]))[0];

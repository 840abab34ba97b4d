import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockDb } from '@mocks/db/collection';
import { server } from '@mocks/node';
import { provideFieldTexts } from '@/app/field-texts';
import { initI18n, loadLanguage, loadTexts, textAreas } from '@/i18n/i18n';
import { signOut } from '../utils/sign-in';
import { clearAllLocalDrafts } from '@/submission/drafts/local-drafts';

// Two cores shared by parallel test files: give async queries room before calling it a failure.
configure({ asyncUtilTimeout: 4000 });

// jsdom has no layout, so no scrolling; browsers all have it.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
window.scrollTo = () => undefined;

// Vietnamese by default, exactly as a citizen first sees the app; English ready for tests that switch.
initI18n('vi');
await provideFieldTexts();
await loadTexts(...textAreas);
await loadLanguage('en');

// The same mock backend as the browser: a request nobody handles is a test bug.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  // No test inherits another's signed-in citizen (the token lives in module state).
  signOut();
  server.resetHandlers();
  await resetMockDb();
  // A fresh device too: no drafts left by another test.
  await clearAllLocalDrafts();
});
afterAll(() => server.close());

import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setUpI18n } from '@/app/i18n-setup';

// Vietnamese by default, exactly as a citizen first sees the app.
setUpI18n('vi');

afterEach(() => {
  cleanup();
});

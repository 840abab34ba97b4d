import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import BenchPage from '@/bench/bench-page';
import { initI18n } from '@/i18n/i18n';
import { provideFieldTexts } from './field-texts';
import './styles.css';

/**
 * Composition root of `/bench` (bench.html, BENCH-CONTRACT.md): the shipped renderer, fields and
 * styles, and nothing of the citizen app around them (router, API client, sign-in), so the page
 * loads only what rendering the form takes. No service worker, no request but its own assets.
 */
initI18n('vi');
void provideFieldTexts();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from bench.html');
const page = createRoot(root);
// Rendered in slices, as the citizen app is (main.tsx): the page stays responsive while drawn.
startTransition(() =>
  page.render(
    <StrictMode>
      <BenchPage search={window.location.search} />
    </StrictMode>,
  ),
);

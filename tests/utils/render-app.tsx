import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { createTestQueryClient } from './render-form-page';

/**
 * Renders the whole app (real routes, real providers) at a URL, talking to the MSW mocks. The app
 * routes on the document's own history (jsdom's), as in a browser: read `window.location` to see
 * where it went, or `visited` for every address it showed since.
 */
export function renderApp(url: string, queryClient = createTestQueryClient()) {
  window.history.replaceState(null, '', url);
  const visited: string[] = [];
  const record = () => visited.push(`${location.pathname}${location.search}${location.hash}`);
  const changes = ['pushState', 'replaceState', 'popstate'];
  for (const change of changes) addEventListener(change, record);
  onTestFinished(() => changes.forEach((change) => removeEventListener(change, record)));
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <AppRoutes />
    </AppProvider>,
  );
  return { user, visited, ...view };
}

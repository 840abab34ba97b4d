import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { defaultAnswers } from '@/engine/default-answers';
import type { FormSchema } from '@/schema/create-form-schema';
import { EFormProvider } from '@/renderer/eform-provider';
import { FormPage } from '@/renderer/form-page';

/** A query client that fails fast: error paths should not wait for retries. */
export const createTestQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });

/**
 * Renders one page of a schema exactly as the citizen journey does (real react-hook-form, real
 * field host and validation), with a spy on "continue".
 */
export function renderFormPage(schema: FormSchema, options: { pageId?: string; answers?: Record<string, unknown> } = {}) {
  const page = schema.pages.find((candidate) => candidate.id === (options.pageId ?? schema.pages[0]?.id));
  if (!page) throw new Error('No such page in the test schema');
  const onValid = vi.fn();
  const user = userEvent.setup();
  const queryClient = createTestQueryClient();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <EFormProvider schema={schema} defaultValues={{ ...defaultAnswers(schema), ...options.answers }}>
        <FormPage page={page} step={{ index: 0, total: schema.pages.length }} continueLabel="Tiếp tục" focusHeading={false} onValid={onValid} />
      </EFormProvider>
    </QueryClientProvider>,
  );
  return { user, onValid, queryClient, ...view };
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { signIn } from '@tests/utils/sign-in';
import { fetchFormVersion } from './get-form-version';
import { authoringKeys } from './query-keys';
import { saveAuthoringDraft, useSaveAuthoringDraft } from './save-authoring-draft';

const formId = 'dang-ky-khai-sinh';

describe('saveAuthoringDraft', () => {
  beforeEach(() => signIn('tac-gia-bieu-mau'));

  it('saves revision after revision, and reports a stale save with the revision to build on', async () => {
    const document = await fetchFormVersion(formId, 1);
    const first = await saveAuthoringDraft(formId, { revision: 0, document });
    const second = await saveAuthoringDraft(formId, { revision: 1, document: { ...document, title: { vi: 'Sửa' } } });
    const late = await saveAuthoringDraft(formId, { revision: 1, document });
    expect(first).toMatchObject({ status: 'saved', draft: { revision: 1 } });
    expect(second).toMatchObject({ status: 'saved', draft: { revision: 2 } });
    expect(late).toMatchObject({ status: 'stale', currentRevision: 2, current: { revision: 2, document: { title: { vi: 'Sửa' } } } });
  });

  it('throws for a document of another form (400)', async () => {
    const document = await fetchFormVersion('dang-ky-ket-hon', 1);
    await expect(saveAuthoringDraft(formId, { revision: 0, document })).rejects.toMatchObject({ status: 400, code: 'form-mismatch' });
  });

  it('keeps the cached draft in step with what the server saved (hook)', async () => {
    const queryClient = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useSaveAuthoringDraft(formId), { wrapper });
    const document = await fetchFormVersion(formId, 1);
    await act(() => result.current.mutateAsync({ revision: 0, document }));
    expect(queryClient.getQueryData(authoringKeys.draft(formId))).toMatchObject({ revision: 1 });
  });
});

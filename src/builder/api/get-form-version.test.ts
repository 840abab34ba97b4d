import { QueryClient } from '@tanstack/react-query';
import { signIn } from '@tests/utils/sign-in';
import { formVersionQueryOptions } from './get-form-version';
import { publishForm } from './publish-form';
import { saveAuthoringDraft } from './save-authoring-draft';

describe('formVersionQueryOptions', () => {
  it('serves each published version as it was, after a newer one is published', async () => {
    await signIn('tac-gia-bieu-mau');
    const queryClient = new QueryClient();
    const first = await queryClient.fetchQuery(formVersionQueryOptions('dang-ky-khai-sinh', 1));
    await saveAuthoringDraft('dang-ky-khai-sinh', { revision: 0, document: { ...first, title: { vi: 'Bản 2' } } });
    await publishForm('dang-ky-khai-sinh', 1);
    const fresh = new QueryClient();
    expect(await fresh.fetchQuery(formVersionQueryOptions('dang-ky-khai-sinh', 1))).toEqual(first);
    expect(await fresh.fetchQuery(formVersionQueryOptions('dang-ky-khai-sinh', 2))).toMatchObject({ version: 2, title: { vi: 'Bản 2' } });
  });
});

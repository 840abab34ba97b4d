import { QueryClient } from '@tanstack/react-query';
import { signIn } from '@tests/utils/sign-in';
import { authoringFormsQueryOptions } from './get-authoring-forms';

describe('authoringFormsQueryOptions', () => {
  it('lists the seed forms with their versions for an author', async () => {
    await signIn('tac-gia-bieu-mau');
    const { forms } = await new QueryClient().fetchQuery(authoringFormsQueryOptions());
    expect(forms.length).toBeGreaterThanOrEqual(11);
    expect(forms.find((form) => form.id === 'dang-ky-khai-sinh')).toMatchObject({ versions: [{ version: 1, publishedBy: 'Hệ thống' }], draft: null });
  });

  it('is refused without a token (401)', async () => {
    await expect(new QueryClient().fetchQuery(authoringFormsQueryOptions())).rejects.toMatchObject({ status: 401 });
  });
});

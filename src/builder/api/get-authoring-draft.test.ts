import { signIn } from '@tests/utils/sign-in';
import { fetchFormVersion } from './get-form-version';
import { fetchAuthoringDraft } from './get-authoring-draft';
import { saveAuthoringDraft } from './save-authoring-draft';

describe('fetchAuthoringDraft', () => {
  beforeEach(() => signIn('tac-gia-bieu-mau'));

  it('reads null while a published form has no draft, then the saved draft', async () => {
    expect(await fetchAuthoringDraft('dang-ky-khai-sinh')).toBeNull();
    await saveAuthoringDraft('dang-ky-khai-sinh', { revision: 0, document: await fetchFormVersion('dang-ky-khai-sinh', 1) });
    expect(await fetchAuthoringDraft('dang-ky-khai-sinh')).toMatchObject({ formId: 'dang-ky-khai-sinh', revision: 1, baseVersion: 1 });
  });

  it('throws 404 form-not-found for a form nobody created', async () => {
    await expect(fetchAuthoringDraft('khong-co')).rejects.toMatchObject({ status: 404, code: 'form-not-found' });
  });
});

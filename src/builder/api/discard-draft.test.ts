import { signIn } from '@tests/utils/sign-in';
import { discardDraft } from './discard-draft';
import { fetchAuthoringDraft } from './get-authoring-draft';
import { fetchFormVersion } from './get-form-version';
import { saveAuthoringDraft } from './save-authoring-draft';

describe('discardDraft', () => {
  it('drops the draft; the published version stays', async () => {
    await signIn('tac-gia-bieu-mau');
    const published = await fetchFormVersion('dang-ky-khai-sinh', 1);
    await saveAuthoringDraft('dang-ky-khai-sinh', { revision: 0, document: { ...published, title: { vi: 'Nháp' } } });
    await discardDraft('dang-ky-khai-sinh');
    expect(await fetchAuthoringDraft('dang-ky-khai-sinh')).toBeNull();
    expect(await fetchFormVersion('dang-ky-khai-sinh', 1)).toEqual(published);
  });
});

import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { signIn } from '@tests/utils/sign-in';
import { formDocumentSchema } from '@/lib/api-contract/forms';
import { createForm } from './create-form';
import { fetchAuthoringDraft } from './get-authoring-draft';
import { fetchFormVersion } from './get-form-version';
import { publishForm } from './publish-form';
import { saveAuthoringDraft } from './save-authoring-draft';

const formId = 'dang-ky-khai-sinh';

describe('publishForm', () => {
  beforeEach(() => signIn('tac-gia-bieu-mau'));

  it('publishes the draft as the next version and drops the draft', async () => {
    await saveAuthoringDraft(formId, { revision: 0, document: await fetchFormVersion(formId, 1) });
    const outcome = await publishForm(formId, 1);
    expect(outcome).toMatchObject({ status: 'published', result: { formId, version: 2 } });
    expect(await fetchAuthoringDraft(formId)).toBeNull();
  });

  it('returns the issues of an invalid document with their paths, and keeps the draft', async () => {
    const fields = [{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' } }];
    const document = formDocumentSchema.parse(onePageSchema(fields, { id: 'bieu-mau-moi' }));
    await createForm({ ...document, title: { vi: '' } });
    const outcome = await publishForm('bieu-mau-moi', 1);
    expect(outcome).toEqual({ status: 'invalid', issues: [{ path: 'title.vi', message: expect.any(String) }] });
    expect(await fetchAuthoringDraft('bieu-mau-moi')).toMatchObject({ revision: 1 });
  });

  it('reports a stale revision, and a draft that is gone as revision 0', async () => {
    await saveAuthoringDraft(formId, { revision: 0, document: await fetchFormVersion(formId, 1) });
    expect(await publishForm(formId, 5)).toMatchObject({ status: 'stale', currentRevision: 1 });
    await publishForm(formId, 1);
    expect(await publishForm(formId, 1)).toEqual({ status: 'stale', currentRevision: 0, current: null });
  });
});

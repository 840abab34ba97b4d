import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { signIn } from '@tests/utils/sign-in';
import { formDocumentSchema } from '@/lib/api-contract/forms';
import { createForm } from './create-form';

const document = formDocumentSchema.parse(onePageSchema([{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' } }], { id: 'bieu-mau-moi' }));

describe('createForm', () => {
  it('creates the first draft of a new form, and says so when the id is taken', async () => {
    // given an author
    await signIn('tac-gia-bieu-mau');
    // when they create a form twice, then one of a published id
    const created = await createForm(document);
    const again = await createForm(document);
    const seed = await createForm({ ...document, id: 'dang-ky-khai-sinh' });
    // then
    expect(created).toMatchObject({ status: 'created', draft: { formId: 'bieu-mau-moi', revision: 1, baseVersion: null } });
    expect(again).toEqual({ status: 'exists' });
    expect(seed).toEqual({ status: 'exists' });
  });

  it('throws for a citizen without the author role (403)', async () => {
    await signIn('chi-lan');
    await expect(createForm(document)).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});

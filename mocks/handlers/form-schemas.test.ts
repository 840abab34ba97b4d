import { apiRequest, isApiError } from '@/lib/api-client';
import { dossierReceiptSchema, dossiersPath, idempotencyKeyHeader } from '@/lib/api-contract/dossiers';
import { formDocumentSchema, formListSchema, formPath, formsPath } from '@/lib/api-contract/forms';
import { birthRegistrationForm } from '../data/forms/birth-registration';
import { signIn } from '@tests/utils/sign-in';
import { publishMockForm } from '../db/published-forms';

describe('form schemas', () => {
  it('lists the published forms with their whole procedure record: fee, time, topic, documents', async () => {
    const { forms } = await apiRequest(formsPath, { schema: formListSchema });
    const birth = forms.find((form) => form.id === 'dang-ky-khai-sinh');
    expect(birth).toMatchObject({
      version: 1,
      procedure: {
        code: '1.001193',
        fee: { direct: 0, online: 0 },
        processingTime: { value: 1, unit: 'working-day' },
        topic: 'ho-tich',
        fullyOnline: true,
      },
    });
    expect(birth?.procedure.documents.map((document) => document.id)).toContain('giay-chung-sinh');
  });

  it('serves a form schema by id, latest or a given version', async () => {
    const latest = await apiRequest(formPath('dang-ky-khai-sinh'), { schema: formDocumentSchema });
    expect(latest).toMatchObject({ schemaVersion: 1, id: 'dang-ky-khai-sinh', version: 1 });
    const first = await apiRequest(`${formPath('dang-ky-khai-sinh')}?version=1`, { schema: formDocumentSchema });
    expect(first.version).toBe(1);
  });

  it('answers 404 with the API error shape for an unknown form or version', async () => {
    for (const path of [formPath('khong-ton-tai'), `${formPath('dang-ky-khai-sinh')}?version=7`]) {
      const error = await apiRequest(path, { schema: formDocumentSchema }).catch((reason: unknown) => reason);
      expect(isApiError(error) && { status: error.status, code: error.code }).toEqual({ status: 404, code: 'form-not-found' });
    }
  });

  it('lists, serves and accepts submissions for a form published at run time', async () => {
    // given a test's own form, published on the mock backend
    await publishMockForm({ ...birthRegistrationForm, id: 'bieu-mau-thu', version: 2 });
    // then it is listed and served like the seed forms
    const { forms } = await apiRequest(formsPath, { schema: formListSchema });
    expect(forms.map((form) => `${form.id}@${form.version}`)).toContain('bieu-mau-thu@2');
    expect(await apiRequest(formPath('bieu-mau-thu'), { schema: formDocumentSchema })).toMatchObject({ version: 2 });
    // and a dossier can be filed on it
    await signIn('chi-lan');
    const receipt = await apiRequest(dossiersPath, {
      method: 'POST',
      headers: { [idempotencyKeyHeader]: crypto.randomUUID() },
      body: { formId: 'bieu-mau-thu', formVersion: 2, answers: {}, origins: {}, submittedAt: new Date().toISOString() },
      schema: dossierReceiptSchema,
    });
    expect(receipt).toMatchObject({ formId: 'bieu-mau-thu', formVersion: 2 });
  });
});

import { onePageSchema } from '@tests/fixtures/make-form-schema';
import { resolveApiUrl } from '@/lib/api-client';
import {
  authoringDraftPath,
  authoringDraftSchema,
  authoringFormListSchema,
  authoringFormsPath,
  authoringPublishPath,
  previewTokenSchema,
  previewTokensPath,
  publishResultSchema,
  staleDraftErrorSchema,
} from '@/lib/api-contract/authoring';
import { apiErrorBodySchema } from '@/lib/api-contract/errors';
import { draftPath } from '@/lib/api-contract/drafts';
import { formDocumentSchema, formPath } from '@/lib/api-contract/forms';
import { populationPath, populationRecordSchema } from '@/lib/api-contract/registries';
import { signInAs } from '../auth/test-sign-in';
import { getSyntheticRegistry } from '../data/synthetic';

let token: string | undefined;
const call = (path: string, init: { method?: string; body?: unknown; bearer?: string } = {}) => {
  const bearer = init.bearer ?? token;
  return fetch(resolveApiUrl(path), {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
};
const personOf = (persona: string) => {
  const registry = getSyntheticRegistry();
  const soDinhDanh = registry.personas.find((candidate) => candidate.id === persona)?.soDinhDanh ?? '';
  return registry.person(soDinhDanh);
};
const birthForm = 'dang-ky-khai-sinh';
const seedDocument = async () => formDocumentSchema.parse(await (await call(formPath(birthForm))).json());
const newForm = (fields: readonly unknown[] = [{ type: 'text', id: 'ghiChu', label: { vi: 'Ghi chú' } }]) =>
  formDocumentSchema.parse(onePageSchema(fields, { id: 'bieu-mau-moi' }));
const save = (formId: string, revision: number, document: unknown) => call(authoringDraftPath(formId), { method: 'PUT', body: { revision, document } });
const publish = (formId: string, revision: number) => call(authoringPublishPath(formId), { method: 'POST', body: { revision } });
const listForms = async () => authoringFormListSchema.parse(await (await call(authoringFormsPath)).json()).forms;

beforeEach(async () => {
  token = (await signInAs('tac-gia-bieu-mau')).accessToken;
});

describe('the authoring forms list', () => {
  it('lists every seed form with its seed version, published by the system, and no draft', async () => {
    const forms = await listForms();
    expect(forms.find((form) => form.id === birthForm)).toEqual({
      id: birthForm,
      title: expect.objectContaining({ vi: 'Tờ khai đăng ký khai sinh' }),
      procedureCode: '1.001193',
      versions: [{ version: 1, publishedAt: '2025-07-01T08:00:00+07:00', publishedBy: 'Hệ thống' }],
      draft: null,
    });
  });

  it('lists a form that exists only as a draft, by the title its document gives', async () => {
    await call(authoringFormsPath, { method: 'POST', body: { document: newForm() } });
    expect((await listForms()).at(-1)).toMatchObject({ id: 'bieu-mau-moi', title: { vi: 'Biểu mẫu thử' }, versions: [], draft: { revision: 1, baseVersion: null } });
  });
});

describe('creating a form', () => {
  it('makes its first draft, revision 1, saved by the author', async () => {
    const response = await call(authoringFormsPath, { method: 'POST', body: { document: newForm() } });
    expect(response.status).toBe(201);
    const draft = authoringDraftSchema.parse(await response.json());
    expect(draft).toMatchObject({ formId: 'bieu-mau-moi', revision: 1, baseVersion: null, savedBy: personOf('tac-gia-bieu-mau')?.hoTen });
    expect(authoringDraftSchema.parse(await (await call(authoringDraftPath('bieu-mau-moi'))).json())).toEqual(draft);
  });

  it('refuses an id a published form or a draft already has (409 form-exists)', async () => {
    const taken = { ...newForm(), id: birthForm };
    expect(apiErrorBodySchema.parse(await (await call(authoringFormsPath, { method: 'POST', body: { document: taken } })).json()).code).toBe('form-exists');
    await call(authoringFormsPath, { method: 'POST', body: { document: newForm() } });
    expect((await call(authoringFormsPath, { method: 'POST', body: { document: newForm() } })).status).toBe(409);
  });
});

describe('saving a draft', () => {
  it('numbers revisions from 0, remembers the version it started from, and refuses a stale save (409)', async () => {
    const document = await seedDocument();
    expect((await call(authoringDraftPath(birthForm))).status).toBe(204);
    const first = authoringDraftSchema.parse(await (await save(birthForm, 0, document)).json());
    expect(first).toMatchObject({ revision: 1, baseVersion: 1 });
    const second = authoringDraftSchema.parse(await (await save(birthForm, 1, { ...document, title: { vi: 'Khai sinh (sửa)' } })).json());
    expect(second.revision).toBe(2);

    const late = await save(birthForm, 1, document);
    expect(late.status).toBe(409);
    expect(staleDraftErrorSchema.parse(await late.json()).currentRevision).toBe(2);
    expect(authoringDraftSchema.parse(await (await call(authoringDraftPath(birthForm))).json()).document.title).toEqual({ vi: 'Khai sinh (sửa)' });
  });

  it('refuses a document of another form (400) and a form nobody created (404)', async () => {
    expect((await save(birthForm, 0, newForm())).status).toBe(400);
    expect((await save('bieu-mau-moi', 0, newForm())).status).toBe(404);
    expect((await call(authoringDraftPath('bieu-mau-moi'))).status).toBe(404);
  });

  it('discards a draft (204), after which the form has none', async () => {
    await save(birthForm, 0, await seedDocument());
    expect((await call(authoringDraftPath(birthForm), { method: 'DELETE' })).status).toBe(204);
    expect((await call(authoringDraftPath(birthForm))).status).toBe(204);
  });

  it('keeps drafts in the mock database, so they survive a reload', async () => {
    await call(authoringFormsPath, { method: 'POST', body: { document: newForm() } });
    // A reload: fresh modules, the same IndexedDB
    vi.resetModules();
    const { authoringDrafts } = await import('../db/authoring-drafts');
    expect(await authoringDrafts.get('bieu-mau-moi')).toMatchObject({ revision: 1 });
  });
});

describe('publishing', () => {
  it('refuses an invalid document (422 invalid-form) with the path of each problem, and keeps the draft', async () => {
    await call(authoringFormsPath, { method: 'POST', body: { document: newForm() } });
    const broken = { ...newForm(), pages: [{ id: 'trang-1', title: { vi: 'Trang 1' }, fields: [{ type: 'text', id: 'ghiChu', label: { vi: '' } }] }] };
    await save('bieu-mau-moi', 1, broken);
    const response = await publish('bieu-mau-moi', 2);
    expect(response.status).toBe(422);
    const body = apiErrorBodySchema.parse(await response.json());
    expect(body.code).toBe('invalid-form');
    expect(body.issues?.map((issue) => issue.path)).toContain('pages[0].fields[0].label.vi');
    expect((await call(authoringDraftPath('bieu-mau-moi'))).status).toBe(200);
  });

  it('refuses a prefill binding the catalog cannot serve (422), at the binding', async () => {
    const bound = newForm([{ type: 'text', id: 'hoTen', label: { vi: 'Họ tên' }, prefill: { source: 'khong-co', attribute: 'hoTen', mode: 'locked' } }]);
    await call(authoringFormsPath, { method: 'POST', body: { document: bound } });
    const body = apiErrorBodySchema.parse(await (await publish('bieu-mau-moi', 1)).json());
    expect(body.issues).toEqual([{ path: 'pages[0].fields[0].prefill.source', message: expect.stringContaining('khong-co') }]);
  });

  it('refuses a revision other than the draft’s (409)', async () => {
    await save(birthForm, 0, await seedDocument());
    expect((await publish(birthForm, 3)).status).toBe(409);
  });

  it('publishes the draft as version latest+1, which citizens get, while version 1 stays as it was', async () => {
    const original = await seedDocument();
    await save(birthForm, 0, { ...original, version: 9, title: { vi: 'Đăng ký khai sinh (mới)' } });
    const response = await publish(birthForm, 1);
    expect(response.status).toBe(201);
    const result = publishResultSchema.parse(await response.json());
    expect(result).toMatchObject({ formId: birthForm, version: 2, publishedBy: personOf('tac-gia-bieu-mau')?.hoTen });

    token = (await signInAs('chi-lan')).accessToken;
    expect(await seedDocument()).toMatchObject({ version: 2, title: { vi: 'Đăng ký khai sinh (mới)' } });
    expect(formDocumentSchema.parse(await (await call(`${formPath(birthForm)}?version=1`)).json())).toEqual(original);

    token = (await signInAs('tac-gia-bieu-mau')).accessToken;
    expect((await call(authoringDraftPath(birthForm))).status).toBe(204);
    const listed = (await listForms()).find((form) => form.id === birthForm);
    expect(listed?.versions.map(({ version, publishedBy }) => ({ version, publishedBy }))).toEqual([
      { version: 1, publishedBy: 'Hệ thống' },
      { version: 2, publishedBy: personOf('tac-gia-bieu-mau')?.hoTen },
    ]);
  });

  it('publishes a new form as its version 1', async () => {
    await call(authoringFormsPath, { method: 'POST', body: { document: newForm() } });
    expect(publishResultSchema.parse(await (await publish('bieu-mau-moi', 1)).json()).version).toBe(1);
    expect((await call(formPath('bieu-mau-moi'))).status).toBe(200);
  });
});

describe('preview tokens', () => {
  it("gives a 15-minute token of a test persona, with which the preview reads that persona's population record", async () => {
    const before = Date.now();
    const response = await call(previewTokensPath, { method: 'POST', body: { persona: 'chi-lan' } });
    expect(response.status).toBe(201);
    const preview = previewTokenSchema.parse(await response.json());
    expect(preview.persona).toEqual({ id: 'chi-lan', name: personOf('chi-lan')?.hoTen });
    expect(Date.parse(preview.expiresAt) - before).toBeGreaterThanOrEqual(15 * 60_000 - 1000);
    expect(Date.parse(preview.expiresAt) - before).toBeLessThanOrEqual(15 * 60_000 + 5000);

    const record = populationRecordSchema.parse(await (await call(populationPath, { bearer: preview.accessToken })).json());
    expect(record.soDinhDanh).toBe(personOf('chi-lan')?.soDinhDanh);
  });

  it('reads with a preview token but never acts for the persona: saving a draft as them is refused', async () => {
    const preview = previewTokenSchema.parse(await (await call(previewTokensPath, { method: 'POST', body: { persona: 'chi-lan' } })).json());
    const save = await call(draftPath('dang-ky-khai-sinh'), { method: 'PUT', bearer: preview.accessToken, body: {} });
    expect(save.status).toBe(403);
    expect(apiErrorBodySchema.parse(await save.json()).code).toBe('insufficient-scope');
  });

  it('answers 404 for a persona that does not exist', async () => {
    expect((await call(previewTokensPath, { method: 'POST', body: { persona: 'khong-co' } })).status).toBe(404);
  });
});

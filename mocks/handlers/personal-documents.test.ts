import { resolveApiUrl } from '@/lib/api-client';
import { attachmentsPath } from '@/lib/api-contract/attachments';
import { dossierPath, dossierSchema, dossiersPath, idempotencyKeyHeader } from '@/lib/api-contract/dossiers';
import { apiErrorBodySchema } from '@/lib/api-contract/errors';
import { personalDocumentListSchema, personalDocumentsUrl, type PersonalDocument } from '@/lib/api-contract/personal-documents';
import { getSyntheticRegistry } from '../data/synthetic';
import { getWithToken, signInAs } from '../auth/test-sign-in';
import { clearFaults, setFault } from '../faults';

const registry = getSyntheticRegistry();
const idOf = (persona: string): string => {
  const found = registry.personas.find((candidate) => candidate.id === persona);
  if (!found) throw new Error(`no persona ${persona}`);
  return found.soDinhDanh;
};

async function documentsOf(persona: string, url = personalDocumentsUrl()): Promise<PersonalDocument[]> {
  const response = await getWithToken(url, (await signInAs(persona)).accessToken);
  expect(response.status).toBe(200);
  expect(response.headers.get('Cache-Control')).toBe('no-store');
  return personalDocumentListSchema.parse(await response.json()).documents;
}

afterEach(() => clearFaults());

describe('GET /kho-du-lieu/giay-to', () => {
  it('answers 401 without a token', async () => {
    const response = await getWithToken(personalDocumentsUrl(), undefined);
    expect([response.status, apiErrorBodySchema.parse(await response.json()).code]).toEqual([401, 'unauthenticated']);
  });

  it('gives a mother her own extract, marriage certificate, land certificate and her newborn’s giấy chứng sinh', async () => {
    // Given chi-lan, who has just given birth, is married and co-holds a parcel
    const documents = await documentsOf('chi-lan');
    const newborn = registry.birthCertificateFor(idOf('chi-lan'));
    // Then her store holds one document of each, each from the registry's record
    expect(documents.map((document) => document.kind)).toEqual(
      expect.arrayContaining(['giay-chung-nhan-ket-hon', 'giay-chung-nhan-quyen-su-dung-dat', 'giay-chung-sinh', 'trich-luc-khai-sinh']),
    );
    const certificate = documents.find((document) => document.kind === 'giay-chung-sinh');
    expect(certificate).toMatchObject({ number: newborn?.soGiayChungSinh, issuedOn: newborn?.ngaySinh });
    expect(certificate?.attachment).toMatchObject({ type: 'application/pdf', name: expect.stringMatching(/^giay-chung-sinh-.+\.pdf$/) });
  });

  it('gives the bereaved son his father’s giấy báo tử and his driving licence', async () => {
    const documents = await documentsOf('anh-hung', personalDocumentsUrl(['giay-bao-tu', 'giay-phep-lai-xe']));
    const father = registry.person(idOf('anh-hung'))?.cha?.soDinhDanh ?? '?';
    expect(documents.find((document) => document.kind === 'giay-bao-tu')?.number).toBe(registry.deathNoticeOf(father)?.soGiayBaoTu);
    expect(documents.filter((document) => document.kind === 'giay-phep-lai-xe').map((document) => document.number).sort()).toEqual(
      registry.drivingLicencesOf(idOf('anh-hung')).map((licence) => licence.soGiayPhep).sort(),
    );
  });

  it('shows a citizen only their own documents', async () => {
    // Given husband and wife share a marriage and a newborn
    const hers = await documentsOf('chi-lan');
    const his = await documentsOf('anh-hung');
    // Then each sees their own birth extract, and only the mother her newborn's giấy chứng sinh
    const extract = (list: PersonalDocument[]) => list.find((document) => document.kind === 'trich-luc-khai-sinh');
    expect(extract(hers)?.number).toContain(registry.birthRegistrationOf(idOf('chi-lan'))?.soDangKy ?? '?');
    expect(extract(his)?.title.vi).toContain(registry.person(idOf('anh-hung'))?.hoTen ?? '?');
    expect(his.some((document) => document.kind === 'giay-chung-sinh')).toBe(false);
    // and no document of one is the other's (ids are per store)
    const herIds = new Set(hers.map((document) => document.id));
    expect(his.filter((document) => herIds.has(document.id))).toEqual([]);
  });

  it('filters by ?kind= and refuses an unknown kind', async () => {
    const parcels = await documentsOf('chu-tam', personalDocumentsUrl(['giay-chung-nhan-quyen-su-dung-dat']));
    expect(parcels).toHaveLength(registry.parcelsOf(idOf('chu-tam')).length);
    expect(new Set(parcels.map((document) => document.kind))).toEqual(new Set(['giay-chung-nhan-quyen-su-dung-dat']));

    const two = await documentsOf('co-phuong', personalDocumentsUrl(['giay-chung-nhan-dang-ky-ho-kinh-doanh', 'trich-luc-khai-sinh']));
    expect(two.map((document) => document.kind).sort()).toEqual(['giay-chung-nhan-dang-ky-ho-kinh-doanh', 'trich-luc-khai-sinh']);

    const { accessToken } = await signInAs('co-phuong');
    const refused = await getWithToken('/kho-du-lieu/giay-to?kind=ho-chieu', accessToken);
    expect([refused.status, apiErrorBodySchema.parse(await refused.json()).code]).toEqual([400, 'invalid-kind']);
  });

  it('serves a listed document’s file like an uploaded attachment, to its owner only', async () => {
    const [document] = await documentsOf('anh-khoa');
    if (!document) throw new Error('anh-khoa holds no document');
    const file = `${attachmentsPath}/${document.attachment.id}`;
    expect((await getWithToken(file, undefined)).status).toBe(401);
    expect((await getWithToken(file, (await signInAs('chi-lan')).accessToken)).status).toBe(404);
    const response = await getWithToken(file, (await signInAs('anh-khoa')).accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(document.attachment.size);
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe('%PDF-1.4');
  });

  it('lets a dossier carry a reused document like an uploaded file, and keeps where it came from', async () => {
    // Given chi-lan chooses her newborn's giấy chứng sinh from the store
    const { accessToken } = await signInAs('chi-lan');
    const [certificate] = await documentsOf('chi-lan', personalDocumentsUrl(['giay-chung-sinh']));
    if (!certificate) throw new Error('chi-lan holds no giấy chứng sinh');
    const reused = { ...certificate.attachment, reusedFrom: { documentId: certificate.id, kind: certificate.kind } };
    // When she files the birth registration with it
    const filed = await fetch(resolveApiUrl(dossiersPath), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}`, [idempotencyKeyHeader]: crypto.randomUUID() },
      body: JSON.stringify({
        formId: 'dang-ky-khai-sinh', formVersion: 1, answers: { giayChungSinh: [reused] }, origins: { giayChungSinh: { kind: 'typed' } },
        submittedAt: new Date().toISOString(),
      }),
    });
    // Then the dossier is received and holds the reference with its provenance
    expect(filed.status).toBe(201);
    const { dossierCode } = (await filed.json()) as { dossierCode: string };
    const dossier = dossierSchema.parse(await (await getWithToken(dossierPath(dossierCode), accessToken)).json());
    expect(dossier.answers.giayChungSinh).toEqual([reused]);
  });

  it('is the same store on every call (deterministic ids)', async () => {
    expect(await documentsOf('chu-tam')).toEqual(await documentsOf('chu-tam'));
  });

  it('answers 503 when the store is down (fault kho-du-lieu)', async () => {
    const { accessToken } = await signInAs('chi-lan');
    setFault('kho-du-lieu', 'error');
    expect((await getWithToken(personalDocumentsUrl(), accessToken)).status).toBe(503);
  });
});

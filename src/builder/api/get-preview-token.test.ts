import { QueryClient } from '@tanstack/react-query';
import { signIn } from '@tests/utils/sign-in';
import { apiRequest } from '@/lib/api-client';
import { populationPath, populationRecordSchema } from '@/lib/api-contract/registries';
import { userInfoPath, userInfoSchema } from '@/lib/api-contract/identity';
import { fetchPreviewToken, previewTokenQueryOptions } from './get-preview-token';

describe('previewTokenQueryOptions', () => {
  it("gives a persona's token that reads the persona's own population record", async () => {
    // given an author, and the persona's identity as the identity provider knows it
    await signIn('chi-lan');
    const lan = await apiRequest(userInfoPath, { schema: userInfoSchema });
    await signIn('tac-gia-bieu-mau');
    // when the preview asks for chi-lan's token
    const token = await new QueryClient().fetchQuery(previewTokenQueryOptions('chi-lan'));
    // then it reads her record, not the author's
    const record = await apiRequest(populationPath, { schema: populationRecordSchema, headers: { Authorization: `Bearer ${token.accessToken}` } });
    expect(token.persona).toEqual({ id: 'chi-lan', name: lan.hoVaTen });
    expect(record.soDinhDanh).toBe(lan.soDinhDanh);
  });

  it('throws 404 for an unknown persona', async () => {
    await signIn('tac-gia-bieu-mau');
    await expect(fetchPreviewToken('khong-co')).rejects.toMatchObject({ status: 404, code: 'unknown-persona' });
  });
});

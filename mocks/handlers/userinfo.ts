import { http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import { logoutPath, userInfoPath, type UserInfo } from '@/lib/api-contract/identity';
import { requireCitizen, bearerToken } from '../auth/require-citizen';
import { revokeToken } from '../auth/tokens';
import { applyFault } from '../faults';
import { mockLatency } from '../latency';
import { apiPath } from './api-path';
import { errorResponse, type OrError } from './error-response';
import { getSyntheticRegistry } from '../data/synthetic';

/** The signed-in citizen's claims (`GET /auth/userinfo`) and sign-out (`POST /auth/logout`). */
export const userInfoHandlers = [
  http.get<PathParams, DefaultBodyType, OrError<UserInfo>>(apiPath(userInfoPath), async ({ request }) => {
    await mockLatency();
    const fault = await applyFault('vneid');
    if (fault) return fault;
    const check = await requireCitizen(request);
    if (!check.ok) return check.response;
    const { personaId, soDinhDanh } = check.citizen;
    const registry = getSyntheticRegistry();
    const persona = registry.personas.find((candidate) => candidate.id === personaId);
    const person = registry.person(soDinhDanh);
    if (!persona || !person) return errorResponse(401, 'unauthenticated', 'The account behind this token no longer exists');
    const { soDienThoai, thuDienTu } = registry.contact(soDinhDanh) ?? {};
    return HttpResponse.json<UserInfo>(
      {
        sub: persona.id,
        soDinhDanh,
        hoVaTen: person.hoTen,
        ngayThangNamSinh: person.ngaySinh,
        gioiTinh: person.gioiTinh,
        ...(soDienThoai === undefined ? {} : { soDienThoai }),
        ...(thuDienTu === undefined ? {} : { thuDienTu }),
        ial: persona.ial,
        roles: [...persona.roles],
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  }),

  /** Revokes the token presented. Answers 204 whatever the token, so a retry or a stale tab is harmless. */
  http.post(apiPath(logoutPath), async ({ request }) => {
    await mockLatency();
    const fault = await applyFault('vneid');
    if (fault) return fault;
    const accessToken = bearerToken(request);
    if (accessToken !== undefined) await revokeToken(accessToken);
    return new HttpResponse(null, { status: 204 });
  }),
];

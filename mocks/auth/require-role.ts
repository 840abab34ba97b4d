import { getSyntheticRegistry } from '../data/synthetic';
import { errorResponse } from '../handlers/error-response';
import { requireCitizen, type CitizenCheck } from './require-citizen';

export type Role = 'citizen' | 'author' | 'tester';

/**
 * A signed-in account holding `role` (the staff tools): no token → 401, a token of an account
 * without the role → 403 `forbidden`, as a real resource server separates them.
 */
export async function requireRole(request: Request, role: Role, now: number = Date.now()): Promise<CitizenCheck> {
  const check = await requireCitizen(request, now);
  if (!check.ok) return check;
  const persona = getSyntheticRegistry().personas.find((candidate) => candidate.id === check.citizen.personaId);
  if (!persona?.roles.includes(role)) {
    return { ok: false, response: errorResponse(403, 'forbidden', `This account does not have the "${role}" role`) };
  }
  return check;
}

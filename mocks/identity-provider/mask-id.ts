/**
 * A số định danh as identity providers show it on a shared screen: the first four digits (the
 * province and century-sex code) and the last three, the rest hidden: `0011•••••345`.
 */
export function maskPersonalId(id: string): { masked: string; first: string; last: string } {
  const first = id.slice(0, 4);
  const last = id.slice(-3);
  return { masked: `${first}${'•'.repeat(Math.max(0, id.length - 7))}${last}`, first, last };
}

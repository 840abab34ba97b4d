import { getSyntheticRegistry } from '@mocks/data/synthetic';
import type { PopulationRecord } from '@/lib/api-contract/registries';

/**
 * What the synthetic registries hold about a test persona, read the way the mocks read it, so
 * tests never hard-code generated numbers or names.
 */
export function personaRecord(persona: string): PopulationRecord {
  const registry = getSyntheticRegistry();
  const found = registry.personas.find((candidate) => candidate.id === persona);
  const record = found ? registry.person(found.soDinhDanh) : undefined;
  if (!record) throw new Error(`No population record for persona "${persona}"`);
  return record;
}

export const syntheticRegistry = () => getSyntheticRegistry();

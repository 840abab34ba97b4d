import { authoringDraftSchema } from '@/lib/api-contract/authoring';
import { defineCollection } from './collection';

/**
 * The departments' unpublished work, keyed by form id: one shared draft per form (the authors of
 * a department edit the same one, and revisions keep them from overwriting each other). Stored in
 * the contract's own shape, so what a save returns is what the next read returns.
 */
export const authoringDrafts = defineCollection('authoring-drafts', authoringDraftSchema);

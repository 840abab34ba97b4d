/**
 * Every query key of the builder's authoring API, in one place, so a mutation invalidates exactly
 * what it changed and nothing collides with the citizen side's `['forms', …]` keys (the same form
 * ids, other data: a draft is not a published form).
 */
export const authoringKeys = {
  all: ['authoring'] as const,
  forms: () => [...authoringKeys.all, 'forms'] as const,
  draft: (formId: string) => [...authoringKeys.all, 'draft', formId] as const,
  /** A published version never changes, so its key is also its identity. */
  version: (formId: string, version: number) => [...authoringKeys.all, 'version', formId, version] as const,
  previewToken: (persona: string) => [...authoringKeys.all, 'preview-token', persona] as const,
};

import type { AnswerOrigin, SubmitDossierRequest } from '@/lib/api-contract/dossiers';

interface BuildSubmissionInput {
  formId: string;
  formVersion: number;
  /** Answers of visible fields only (see engine `submissionAnswers`). */
  answers: Record<string, unknown>;
  /** Known origins by answer path; any answer without one was typed by the citizen. */
  origins?: Readonly<Record<string, AnswerOrigin>>;
  now: Date;
}

/** The submission contract: answers, where each came from, and which form version asked. */
export function buildSubmission({ formId, formVersion, answers, origins = {}, now }: BuildSubmissionInput): SubmitDossierRequest {
  return {
    formId,
    formVersion,
    answers,
    origins: Object.fromEntries(Object.keys(answers).map((id) => [id, origins[id] ?? { kind: 'typed' as const }])),
    submittedAt: now.toISOString(),
  };
}

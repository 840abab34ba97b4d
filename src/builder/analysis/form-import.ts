import type { z } from '@/lib/zod';
import { formSchemaSchema } from '@/fields/registry';
import type { FormSchema } from '@/schema/create-form-schema';
import { formatPath } from '@/schema/schema-issues';
import { analysisMessage, type AnalysisMessage } from './finding';

/** One problem of an imported document: where (a JSON path, or a line and column for syntax) and what. */
export interface ImportProblem {
  /** `pages[1].fields[3].label.vi`; `(root)` for the document itself. */
  path: string;
  message: AnalysisMessage;
  line?: number | undefined;
  column?: number | undefined;
}

export type FormImportResult = { ok: true; schema: FormSchema } | { ok: false; problems: ImportProblem[] };

/** Line and column (from 1) of a character offset, as an editor shows them. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function syntaxProblem(text: string, error: SyntaxError): ImportProblem {
  // V8 says "… at position 42"; "Unexpected end of JSON input" points past the end.
  const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? text.length);
  const position = lineAndColumn(text, offset);
  return { path: '(root)', message: analysisMessage('import.syntax', position), ...position };
}

const listed = (values: readonly unknown[]): string => values.map((value) => String(value)).join(', ');

/** Zod's issue as an i18n message: the code picks the key, its details are the values. */
function issueMessage(issue: z.core.$ZodIssue, document: unknown): AnalysisMessage {
  switch (issue.code) {
    case 'invalid_type':
      return analysisMessage('import.invalidType', { expected: issue.expected });
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1
        ? analysisMessage('import.empty')
        : analysisMessage('import.tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      return analysisMessage('import.tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return analysisMessage('import.invalidValue', { allowed: listed(issue.values) });
    case 'invalid_format':
      return analysisMessage('import.invalidFormat', { format: issue.format });
    case 'unrecognized_keys':
      return analysisMessage('import.unknownKeys', { keys: listed(issue.keys) });
    case 'invalid_union':
      return 'discriminator' in issue && issue.discriminator === 'type'
        ? analysisMessage('import.unknownFieldType', { type: String(valueAt(document, [...fieldPath(issue), 'type'])) })
        : analysisMessage('import.noMatchingShape');
    default:
      // Custom checks of the schema language (duplicate ids, unknown fields in conditions) say it in their own words.
      return analysisMessage('import.rule', { detail: issue.message });
  }
}

/** A field-type union issue may point at the field or at its `type`: both mean the field. */
const fieldPath = (issue: z.core.$ZodIssue): PropertyKey[] =>
  issue.code === 'invalid_union' && issue.path.at(-1) === 'type' ? issue.path.slice(0, -1) : issue.path;

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), root);

/**
 * Reads a form schema an author pastes or uploads: JSON syntax first (with line and column),
 * then the schema language built from the registry, each problem at its path in the document
 * so the builder can point at it. Messages are i18n keys with values, shown in the author's language.
 */
export function parseFormImport(text: string): FormImportResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error as SyntaxError)] };
  }
  const result = formSchemaSchema.safeParse(document);
  if (result.success) return { ok: true, schema: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatPath(fieldPath(issue)), message: issueMessage(issue, document) })),
  };
}

/**
 * What went wrong, so callers branch without parsing messages:
 * `network` — no response at all (offline, DNS, CORS, server down): worth retrying;
 * `http` — the server answered with an error status (its `code` says why);
 * `invalid-response` — a 2xx whose body does not match the contract: a bug, not the citizen's.
 */
export type ApiErrorKind = 'network' | 'http' | 'invalid-response';

/** One problem the server (or the contract check) found, with where it is. */
export interface ApiErrorIssue {
  path: string;
  message: string;
}

interface ApiErrorInit {
  kind: ApiErrorKind;
  /** HTTP status; 0 when there was no response. */
  status: number;
  code: string;
  message: string;
  issues?: readonly ApiErrorIssue[] | undefined;
  cause?: unknown;
}

/** The only error `apiRequest` throws (aborts aside, which keep the caller's abort reason). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number;
  /** Stable machine-readable code: the server's `code`, else `network-error`, `http-<status>`, `invalid-response`. */
  readonly code: string;
  readonly issues: readonly ApiErrorIssue[];

  constructor({ kind, status, code, message, issues = [], cause }: ApiErrorInit) {
    super(message, { cause });
    this.kind = kind;
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

import { HttpResponse, type DefaultBodyType } from 'msw';
import type { z } from '@/lib/zod';
import type { ApiErrorBody } from '@/lib/api-contract/errors';

/** An error in the API's one error shape (`{ code, message, issues? }`). */
export const errorResponse = (status: number, code: string, message: string, issues?: ApiErrorBody['issues']) =>
  HttpResponse.json<ApiErrorBody>(issues ? { code, message, issues } : { code, message }, { status });

/** A handler's response body: its own, or the API's error shape. */
export type OrError<T extends DefaultBodyType> = T | ApiErrorBody;

/** zod issues as the API reports them: a dotted path and a message. */
export const toIssues = (error: z.core.$ZodError): NonNullable<ApiErrorBody['issues']> =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

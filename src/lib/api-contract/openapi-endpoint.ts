import type { z } from '@/lib/zod';

/** An HTTP method the API uses. */
export type Method = 'get' | 'post' | 'put' | 'delete';

/** One endpoint as the OpenAPI document describes it, from the contract's zod schemas. */
export interface Endpoint {
  method: Method;
  path: string;
  tag: string;
  summary: string;
  request?: z.core.$ZodType;
  multipart?: boolean;
  response: z.core.$ZodType;
  status?: number;
  auth?: boolean;
  headers?: { name: string; description: string; required: boolean }[];
  pathParams?: string[];
  query?: { name: string; description: string }[];
}

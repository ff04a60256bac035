import { setupServer } from 'msw/node';
import { createOpenApiHttp } from 'openapi-msw';

import type { paths } from '@/api/schema';

/**
 * The route tests' backend: MSW intercepts `fetch`, and each test says what the API answers.
 * `http` only accepts the contract's paths, and `response(status).json(body)` only the bodies the
 * contract declares for that status, so a contract change breaks the handlers at compile time.
 */
export const http = createOpenApiHttp<paths>();

export const server = setupServer();

/** An RFC 9457 problem document, as the API answers errors (application/problem+json). */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

/** A problem document; `code` is the last segment of its stable type (…/problems/not-found). */
export function problem(status: number, fields: Partial<ProblemBody> & { code?: string } = {}): ProblemBody {
  const { code = String(status), ...rest } = fields;
  return { type: `https://helpdesk.local/problems/${code}`, title: `HTTP ${status}`, status, ...rest };
}

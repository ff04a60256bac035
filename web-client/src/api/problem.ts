/** An RFC 9457 problem document as the API sends it (application/problem+json). */
export interface Problem {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  traceId?: string | null;
  errors?: Record<string, string[]> | null;
  [extension: string]: unknown;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown by every API call that does not succeed; carries the status and the problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly headers: Headers;

  constructor(status: number, problem: Problem | undefined, headers: Headers) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.headers = headers;
  }

  static from(response: Response, body: unknown): ApiError {
    return new ApiError(response.status, isProblem(body) ? body : undefined, response.headers);
  }

  /** Validation messages per field (camelCase property names), one string per field. */
  get fieldErrors(): Record<string, string> {
    const errors = this.problem?.errors ?? {};
    const result: Record<string, string> = {};
    for (const [field, messages] of Object.entries(errors)) {
      if (Array.isArray(messages) && messages.length > 0) {
        result[toCamelCase(field)] = messages.join(' ');
      }
    }
    return result;
  }

  /** Seconds to wait from a Retry-After header (delta-seconds or HTTP date), if present. */
  retryAfterSeconds(now: Date = new Date()): number | undefined {
    const value = this.headers.get('Retry-After');
    if (!value) return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
  }
}

/** "Email" → "email", "Roles[0]" → "roles[0]": the API promises camelCase, this tolerates PascalCase. */
function toCamelCase(field: string): string {
  return field.length > 0 ? field.charAt(0).toLowerCase() + field.slice(1) : field;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The last segment of the problem's stable `type` ("https://helpdesk.local/problems/verification-required" → "verification-required"). */
export function problemCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const type = error.problem?.type;
  if (!type) return undefined;
  const segments = type.split('/').filter(Boolean);
  return segments[segments.length - 1];
}

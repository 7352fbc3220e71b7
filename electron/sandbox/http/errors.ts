// Error answers in the contract's shapes: ErrorResponseV1, ErrorResponseV2, or a bare JSON string where a path says so.
import crypto from 'node:crypto';

/** How a route writes its errors: 'v1' ({error}), 'v2' ({errors: [...]}), 'string' (400s as a JSON string). */
export type ErrorStyle = 'v1' | 'v2' | 'string';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { target?: string; data?: Record<string, unknown>; headers?: Record<string, string>; body?: unknown } = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, target?: string) => new HttpError(400, 'invalid_request', message, target ? { target } : {});
export const notFound = (message: string) => new HttpError(404, 'not_found', message);

export function requestId(): string {
  return crypto.randomUUID();
}

/** The body an error is answered with on a route of the given style. 429s always use RateLimited (V1). */
export function errorBody(error: HttpError, style: ErrorStyle, id: string): unknown {
  if (error.extra.body !== undefined) return error.extra.body;
  const detail = {
    code: error.code,
    message: error.message,
    ...(error.extra.target ? { target: error.extra.target } : {}),
    ...(error.extra.data ? { data: error.extra.data } : {}),
  };
  if (style === 'string' && error.status === 400) return error.message;
  if (style === 'v2' && error.status !== 429) return { errors: [detail], requestId: id };
  return { error: detail, requestId: id };
}

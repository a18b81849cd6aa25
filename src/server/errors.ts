// Errors the API answers with: a status, a stable machine code and one clear sentence. Never a stack.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string, details?: unknown) => new HttpError(400, code, message, details);
export const notFound = (message: string) => new HttpError(404, 'not-found', message);

/** The JSON body of every error response. */
export function errorBody(err: HttpError): { error: { code: string; message: string; details?: unknown } } {
  const body: { code: string; message: string; details?: unknown } = { code: err.code, message: err.message };
  if (err.details !== undefined) body.details = err.details;
  return { error: body };
}

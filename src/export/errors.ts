/**
 * A request the export cannot answer as asked: answered with `status`, `headers` and `{ error, ...details }`,
 * before any body.
 */
export class ExportRequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 429,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ExportRequestError';
  }
}

/** A bad query parameter, named in the message the way a BI user typed it. */
export function parameterError(name: string, message: string): ExportRequestError {
  return new ExportRequestError(400, `query parameter "${name}": ${message}`);
}

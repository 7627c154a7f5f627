/**
 * An error the bridge answers as a plain HTTP status with a short message: what the client
 * did wrong (or may not do), never a stack. Anything else is a 500, logged.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

import type { HostError, HostErrorCode } from '../../preload/api';

/**
 * An expected failure a handler reports to the user (a cancelled dialog is not one).
 * `dispatchHostCall` turns it into `{ ok: false, error }`; anything else thrown becomes
 * an `internal` error, so no exception ever crosses to the renderer.
 */
export class HostFailure extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostFailure';
  }

  toHostError(): HostError {
    return { code: this.code, message: this.message };
  }
}

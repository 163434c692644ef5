import type { ErrorCode } from '../../shared/ipc/result';

/** An error a user can act on: its message names the problem, its code is stable. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError('NOT_FOUND', `${what} was not found`);
export const invalid = (message: string): AppError => new AppError('VALIDATION', message);

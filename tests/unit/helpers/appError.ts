import { AppError } from '../../../src/main/core/errors';

/** Runs an action that must fail with an AppError and returns that error for inspection. */
export function appErrorFrom(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected an AppError, but nothing was thrown');
}

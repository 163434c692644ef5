import type { AppErrorData, Result } from '../../shared/ipc/result';

/** A failed request, carrying the main process's error code and its user-facing message. */
export class ApiError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
  }
  get code(): AppErrorData['code'] {
    return this.data.code;
  }
}

/** Turns a Result into its value, or throws an ApiError the UI can show. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const api = (): Window['api'] => window.api;

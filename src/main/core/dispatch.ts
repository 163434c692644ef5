import { ARG_SCHEMAS } from '../../shared/ipc/schemas';
import { isChannel, type Channel } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { AppError } from './errors';
import type { Handler, HandlerTable } from './handlers';

export type Logger = (message: string, error?: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(message, error);

/**
 * Validates a request and runs its handler. Every outcome is a Result: errors a user can
 * act on keep their code and message; anything unexpected is logged and reported as
 * INTERNAL without internals (paths, SQL) leaking into the window.
 */
export async function dispatch(
  handlers: HandlerTable,
  channel: unknown,
  args: unknown,
  log: Logger = defaultLogger,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `Unknown request "${String(channel)}"`);
  const parsed = ARG_SCHEMAS[channel].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return fail('VALIDATION', `Invalid ${channel} request: ${where}${issue?.message ?? 'bad arguments'}`);
  }
  try {
    const handler = handlers[channel] as Handler<Channel>;
    return ok(await handler(parsed.data as never));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    log(`${channel} failed`, error);
    return fail('INTERNAL', `Something went wrong while handling ${channel}. The library was not changed.`);
  }
}

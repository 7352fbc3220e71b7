// Runs one contract call: parses the untrusted input with the contract's schema, then calls the service.
// Both transports (Electron IPC and the preview host) go through here, so validation is written once.
import type { CallName, CallResult, Handlers } from '../../shared/contract';
import { contract, isCallName } from '../../shared/contract';
import type { CallOutcome } from '../../shared/bridge';
import { AppError } from './errors';
import { faultMessage } from './fault-messages';
import { PARSE_REPORTING_INPUT, refusedInput } from './input-issues';
import { said, type MerchantMessage } from '../../shared/messages/merchant-message';
import { inEnglish } from '../../shared/messages/in-english';
import type { CallFailure } from '../../shared/contract';

/** A failure worded by the registry: English in message, the code in said. */
const failureSaying = (code: CallFailure['code'], message: MerchantMessage): CallFailure => ({ code, message: inEnglish(message), said: message });


export interface DispatchLog {
  error(message: string, detail?: unknown): void;
}

export async function dispatch(handlers: Handlers, name: string, rawInput: unknown, log: DispatchLog = console): Promise<CallOutcome> {
  if (!isCallName(name)) {
    return { ok: false, failure: failureSaying('invalid-input', said('fault.unknownCall', { name })) };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {}, PARSE_REPORTING_INPUT);
  // Each refused field goes back as a code with its limit, for the renderer to word in the merchant's language.
  if (!parsed.success) return { ok: false, failure: refusedInput(parsed.error) };
  try {
    const handler = handlers[name] as (input: unknown) => Promise<CallResult<CallName>>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, failure: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}), ...(error.said ? { said: error.said } : {}) } };
    }
    // The merchant never sees a stack trace: it goes to the log, and they get a message they can act on.
    log.error(`Call ${name} failed`, error);
    // A full disk, a read-only file or a failing disk is named, with what to do, instead of "something went wrong".
    const fault = faultMessage(error);
    if (fault) return { ok: false, failure: failureSaying('unavailable', fault) };
    return { ok: false, failure: failureSaying('internal', said('fault.internal')) };
  }
}

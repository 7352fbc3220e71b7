// The sandbox's answers where Back Market's contract is silent: one profile per silence, each an answer the contract
// allows. The defaults are the most literal reading of the contract; the others are answers the app must survive too.
// Set at start (SandboxOptions.profiles, `--profile` on the CLI) or live (PUT /__sandbox/profiles).
import type { SandboxState } from './state/types';

export interface SandboxProfiles {
  /**
   * GET /ws/tasks/{id} `result` ("content depends on the task action", example `{}`): `empty` answers `{}`; `lines`
   * a `lines[]` array of per-line outcomes; `by-sku` a map keyed by SKU.
   */
  taskReport: 'empty' | 'lines' | 'by-sku';
  /**
   * action_status (enum 0, 2, 3, 7, 8, 9; only 0/2, 8, 9 described): `strict` lets tasks end in 3 or 7 (with an empty
   * report; a 3 leaves half its lines undone) and take up to three times the task delay; `simple` uses 0, 2, 8, 9 only.
   */
  statuses: 'strict' | 'simple';
  /** 429 ("blocked for 10 seconds", no header documented): `no-retry-after` sends none; `retry-after` sends the block's length. */
  rateLimit: 'no-retry-after' | 'retry-after';
  /** A price above max_price ("the listing will not be put online"): `accept-offline` takes it offline (publication_state 3); `refuse` refuses the line. */
  maxPrice: 'accept-offline' | 'refuse';
  /** UpdateOrder (`id` required, `order_id` described): `require-id` needs `id` or `order_id`, equal to the URL's; `lenient` needs neither. */
  updateOrder: 'require-id' | 'lenient';
  /**
   * min_price on POST /ws/listings/{id} ("The BackPricer needs to be enabled in your seller configuration"): `enabled`
   * keeps it; `off-ignored` answers 200 and keeps none (the answer's min_price stays as it was); `off-refused` answers 400.
   */
  backPricer: 'enabled' | 'off-ignored' | 'off-refused';
}

export const PROFILE_CHOICES: { readonly [K in keyof SandboxProfiles]: readonly SandboxProfiles[K][] } = {
  taskReport: ['empty', 'lines', 'by-sku'],
  statuses: ['strict', 'simple'],
  rateLimit: ['no-retry-after', 'retry-after'],
  maxPrice: ['accept-offline', 'refuse'],
  updateOrder: ['require-id', 'lenient'],
  backPricer: ['enabled', 'off-ignored', 'off-refused'],
};

/** The most literal reading of the contract. */
export const DEFAULT_PROFILES: SandboxProfiles = { taskReport: 'empty', statuses: 'strict', rateLimit: 'no-retry-after', maxPrice: 'accept-offline', updateOrder: 'require-id', backPricer: 'enabled' };

/** What the sandbox did before it had profiles: per-line reports, only the described statuses, a Retry-After, max_price refused. */
export const DETAILED_PROFILES: SandboxProfiles = { taskReport: 'lines', statuses: 'simple', rateLimit: 'retry-after', maxPrice: 'refuse', updateOrder: 'lenient', backPricer: 'enabled' };

/** The profiles in force (a state saved before profiles existed reads as the defaults). */
export function profilesOf(state: SandboxState): SandboxProfiles {
  return { ...DEFAULT_PROFILES, ...state.config.profiles };
}

export class ProfileError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ProfileError';
  }
}

/** Reads a partial set of profiles from untrusted input; throws ProfileError naming the wrong one and its choices. */
export function parseProfiles(input: Record<string, unknown>): Partial<SandboxProfiles> {
  const parsed: Partial<Record<keyof SandboxProfiles, string>> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!(key in PROFILE_CHOICES)) throw new ProfileError(`Unknown profile ${key}: use one of ${Object.keys(PROFILE_CHOICES).join(', ')}.`, key);
    const choices = PROFILE_CHOICES[key as keyof SandboxProfiles] as readonly string[];
    if (typeof value !== 'string' || !choices.includes(value)) throw new ProfileError(`Profile ${key} must be one of ${choices.join(', ')}; got ${JSON.stringify(value)}.`, key);
    parsed[key as keyof SandboxProfiles] = value;
  }
  return parsed as Partial<SandboxProfiles>;
}

/** The CLI's `--profile taskReport=lines,statuses=simple` (or `--profile detailed` for DETAILED_PROFILES). */
export function parseProfileFlag(flag: string): Partial<SandboxProfiles> {
  if (flag.trim() === 'detailed') return { ...DETAILED_PROFILES };
  if (flag.trim() === 'default' || flag.trim() === 'literal') return { ...DEFAULT_PROFILES };
  const entries = flag.split(',').map((pair) => pair.split('=').map((part) => part.trim()));
  for (const entry of entries) if (entry.length !== 2 || !entry[0]) throw new ProfileError(`--profile takes name=choice pairs separated by commas (taskReport=lines,statuses=simple); got ${JSON.stringify(flag)}.`, 'profile');
  return parseProfiles(Object.fromEntries(entries));
}

/** Strict statuses: how a processed task ends (a task id picks it, so a run is reproducible). */
export function strictEnding(taskId: number): 9 | 7 | 3 {
  if (taskId % 5 === 2) return 7;
  if (taskId % 5 === 4) return 3;
  return 9;
}

/** Strict statuses: a task takes one to three times the configured delay. */
export const strictDelayFactor = (taskId: number): number => 1 + (taskId % 3);

// One background job the renderer follows (an account read, a BackBox refresh): the state every such job shares —
// running, how it ended, when, why it failed — its progress reports, Cancel, and a failure that stops it. Each job keeps
// its own counters and contract type; its work decides how it ends when nothing stopped it.

/** What every job's state holds, as the contract shows it to the renderer. */
export interface JobState {
  running: boolean;
  /** How the job ended; null while it runs or before the first. */
  outcome: 'finished' | 'cancelled' | 'failed' | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Why it failed (Back Market's or the connection's words); '' otherwise. */
  message: string;
}

export type JobOutcome = NonNullable<JobState['outcome']>;

/** A job's own counters: its state less what every job shares. */
export type JobCounters<S extends JobState> = Omit<S, keyof JobState>;

export interface BackgroundJob<S extends JobState> {
  readonly done: Promise<S>;
  cancel(): void;
  state(): S;
}

/** What a job's work is handed: its state to count in, whether Cancel was asked, and a progress report of the state. */
export interface JobControl<S extends JobState> {
  readonly state: S;
  cancelled(): boolean;
  report(): void;
}

/** Thrown by a job's work where it stops for Cancel: the job ends 'cancelled'. */
export class JobCancelled extends Error {}

export interface JobSpec<S extends JobState> {
  /** The job's own counters at the start. */
  counters: JobCounters<S>;
  now: () => Date;
  onProgress: (state: S) => void;
  /** The work: resolves with how it ended; a throw stops it ('cancelled' once Cancel was asked, 'failed' otherwise). */
  work: (job: JobControl<S>) => Promise<JobOutcome>;
  /** Says in the state why the work failed (a throw that was not Cancel). */
  failed?: (error: unknown, state: S) => void;
}

/** The state of a kind of job before any has run. */
export function idleJobState<S extends JobState>(counters: JobCounters<S>): S {
  // The spread of a generic Omit is not known to TypeScript to complete S again; the shared keys are exactly the rest.
  return { running: false, ...counters, outcome: null, startedAt: null, finishedAt: null, message: '' } as unknown as S;
}

export function startBackgroundJob<S extends JobState>(spec: JobSpec<S>): BackgroundJob<S> {
  const state: S = { ...idleJobState<S>(spec.counters), running: true, startedAt: spec.now().toISOString() };
  let cancelled = false;
  const snapshot = (): S => ({ ...state });
  const report = () => spec.onProgress(snapshot());

  // The work starts at once (its first report and calls happen before this returns), as the renderer's first answer shows.
  const done = (async () => {
    try {
      state.outcome = await spec.work({ state, cancelled: () => cancelled, report });
    } catch (error) {
      if (error instanceof JobCancelled || cancelled) state.outcome = 'cancelled';
      else {
        state.outcome = 'failed';
        spec.failed?.(error, state);
      }
    }
    state.running = false;
    state.finishedAt = spec.now().toISOString();
    report();
    return snapshot();
  })();

  return {
    done,
    cancel: () => {
      cancelled = true;
    },
    state: snapshot,
  };
}

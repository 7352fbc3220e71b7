// The one job of a kind a service runs at a time, and the state the renderer reads of it: the running job's, or the last
// one's once it ended (idle before the first). A second start while one runs answers the running job's state.
import { idleJobState, type BackgroundJob, type JobCounters, type JobState } from './background-job';

export interface JobSlot<S extends JobState> {
  state(): S;
  running(): boolean;
  /** Starts the job begin() makes unless one runs; a check that throws in begin() starts nothing. */
  start(begin: () => BackgroundJob<S>): S;
  /** Stops the running job as its kind stops (after the calls in flight); what it did stays. */
  cancel(): S;
  /** Resolves when the job running now ends (at once when none runs). */
  settled(): Promise<S>;
}

export function createJobSlot<S extends JobState>(idleCounters: JobCounters<S>): JobSlot<S> {
  let job: BackgroundJob<S> | undefined;
  let last: S = idleJobState<S>(idleCounters);
  const state = (): S => (job ? job.state() : last);
  return {
    state,
    running: () => job !== undefined,
    start(begin) {
      if (job) return job.state();
      const started = begin();
      job = started;
      void started.done.then((ended) => {
        last = ended;
        if (job === started) job = undefined;
      });
      return started.state();
    },
    cancel() {
      job?.cancel();
      return state();
    },
    settled: () => (job ? job.done : Promise.resolve(last)),
  };
}

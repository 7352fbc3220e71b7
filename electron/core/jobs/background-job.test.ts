// The background-job runner as a service drives it: progress reports, Cancel, a failure that stops the job, and the
// state the renderer reads through the service's slot (the running job's, then the last one's).
import { describe, expect, it } from 'vitest';
import { JobCancelled, startBackgroundJob, type JobControl, type JobOutcome, type JobState } from './background-job';
import { createJobSlot } from './job-slot';

interface CountingState extends JobState {
  total: number;
  done: number;
}

const clock = () => {
  let minute = 0;
  return () => new Date(Date.UTC(2026, 0, 1, 9, minute++));
};

/** A job over `total` steps, each waiting until the test lets it go; what each step does is the test's. */
function stepJob(total: number, step: (job: JobControl<CountingState>, index: number) => void = () => {}) {
  const gates: (() => void)[] = [];
  const reports: CountingState[] = [];
  const waitStep = () => new Promise<void>((resolve) => gates.push(resolve));
  const job = startBackgroundJob<CountingState>({
    counters: { total, done: 0 },
    now: clock(),
    onProgress: (state) => reports.push(state),
    failed: (error, state) => {
      state.message = error instanceof Error ? error.message : String(error);
    },
    work: async (control): Promise<JobOutcome> => {
      control.report();
      for (let index = 0; index < total; index += 1) {
        await waitStep();
        if (control.cancelled()) throw new JobCancelled();
        step(control, index);
        control.state.done += 1;
        control.report();
      }
      return 'finished';
    },
  });
  const release = async () => {
    while (gates.length === 0) await Promise.resolve();
    gates.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { job, reports, release };
}

describe('a background job', () => {
  it('reports its progress from the start and ends finished with the times it ran', async () => {
    const { job, reports, release } = stepJob(2);
    // The work started before the job was handed back: its first report is already out.
    expect(reports).toEqual([{ running: true, total: 2, done: 0, outcome: null, startedAt: '2026-01-01T09:00:00.000Z', finishedAt: null, message: '' }]);
    await release();
    expect(job.state()).toMatchObject({ running: true, done: 1 });
    await release();
    const ended = await job.done;
    expect(ended).toEqual({ running: false, total: 2, done: 2, outcome: 'finished', startedAt: '2026-01-01T09:00:00.000Z', finishedAt: '2026-01-01T09:01:00.000Z', message: '' });
    expect(reports.map((state) => [state.done, state.running])).toEqual([[0, true], [1, true], [2, true], [2, false]]);
    // Each report is a copy: the renderer's copy does not move under it.
    expect(reports[0]?.done).toBe(0);
  });

  it('stops where its work sees Cancel and ends cancelled, keeping what it did', async () => {
    const { job, release } = stepJob(3);
    await release();
    job.cancel();
    await release();
    expect(await job.done).toMatchObject({ running: false, outcome: 'cancelled', done: 1, message: '' });
  });

  it('ends failed at the first failure, saying why, and asks nothing more', async () => {
    const asked: number[] = [];
    const { job, release } = stepJob(3, (_job, index) => {
      asked.push(index);
      if (index === 1) throw new Error('Back Market answered 500');
    });
    await release();
    await release();
    expect(await job.done).toMatchObject({ running: false, outcome: 'failed', done: 1, message: 'Back Market answered 500' });
    expect(asked).toEqual([0, 1]);
  });

  it('counts a failure after Cancel as the Cancel', async () => {
    const { job, release } = stepJob(2, () => {
      throw new Error('the connection dropped');
    });
    job.cancel();
    await release();
    expect(await job.done).toMatchObject({ outcome: 'cancelled', message: '' });
  });
});

describe("a service's job slot", () => {
  it('shows idle, then the running job, answers a second start with it, then keeps the last one', async () => {
    const slot = createJobSlot<CountingState>({ total: 0, done: 0 });
    expect(slot.state()).toEqual({ running: false, total: 0, done: 0, outcome: null, startedAt: null, finishedAt: null, message: '' });
    expect(await slot.settled()).toMatchObject({ outcome: null });

    const first = stepJob(1);
    expect(slot.start(() => first.job)).toMatchObject({ running: true, total: 1 });
    expect(slot.running()).toBe(true);
    let begun = false;
    expect(
      slot.start(() => {
        begun = true;
        return stepJob(5).job;
      }),
    ).toMatchObject({ running: true, total: 1 });
    expect(begun).toBe(false);

    await first.release();
    expect(await slot.settled()).toMatchObject({ running: false, outcome: 'finished', total: 1, done: 1 });
    expect(slot.running()).toBe(false);
    expect(slot.state()).toMatchObject({ outcome: 'finished', done: 1 });
  });

  it('starts nothing when the job refuses to begin, and cancels the running one', async () => {
    const slot = createJobSlot<CountingState>({ total: 0, done: 0 });
    expect(() =>
      slot.start(() => {
        throw new Error('Finish setting up first');
      }),
    ).toThrow('Finish setting up first');
    expect(slot.running()).toBe(false);

    const { job, release } = stepJob(2);
    slot.start(() => job);
    expect(slot.cancel()).toMatchObject({ running: true });
    await release();
    expect(await slot.settled()).toMatchObject({ outcome: 'cancelled', done: 0 });
    expect(slot.state()).toMatchObject({ running: false, outcome: 'cancelled' });
  });
});

// The gate that holds Back Market work while the token is rejected, and resumes it in order with the new one.
import { describe, expect, it, vi } from 'vitest';
import { createJobGate, TokenWaitingError } from './job-gate';

describe('the job gate', () => {
  it('runs at once while open, holds jobs while closed, and resumes them in order on reopen', async () => {
    const gate = createJobGate();
    await expect(gate.run(async () => 'now')).resolves.toBe('now');
    gate.close();
    const order: string[] = [];
    const first = gate.run(async () => order.push('first'));
    const second = gate.run(async () => order.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    expect(gate.waiting).toBe(2);
    gate.reopen();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it('keeps a job that met the 401 and runs it again with the new token', async () => {
    const gate = createJobGate();
    let token = 'old';
    const job = vi.fn(async () => {
      if (token === 'old') {
        gate.close(); // what the client's onUnauthorized does
        throw new Error('401');
      }
      return `sent with ${token}`;
    });
    const result = gate.run(job);
    await new Promise((resolve) => setTimeout(resolve, 5));
    token = 'new';
    gate.reopen();
    await expect(result).resolves.toBe('sent with new');
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('lets other failures through', async () => {
    const gate = createJobGate();
    await expect(gate.run(async () => Promise.reject(new Error('HTTP 500')))).rejects.toThrow('HTTP 500');
  });

  it('answers a call at once with "waiting for a new token" when its work is held, and runs the work after reopen', async () => {
    const gate = createJobGate();
    gate.close();
    const late = vi.fn();
    let sent = 0;
    const answer = gate.answerAtOnce(async () => {
      const local = 'recorded first';
      const remote = await gate.run(async () => {
        sent += 1;
        return 'sent';
      });
      return `${local}, then ${remote}`;
    }, late);
    await expect(answer).rejects.toBeInstanceOf(TokenWaitingError);
    await expect(answer).rejects.toThrow(/waiting for a new token.*queued/);
    expect(gate.waiting).toBe(1);
    expect(sent).toBe(0);
    gate.reopen();
    await vi.waitFor(() => expect(late).toHaveBeenCalledWith({ value: 'recorded first, then sent' }));
    expect(sent).toBe(1);
  });

  it('answers at once when the token is rejected in the middle of a call, and retries the job with the new token', async () => {
    const gate = createJobGate();
    let token = 'old';
    const late = vi.fn();
    const answer = gate.answerAtOnce(
      () =>
        gate.run(async () => {
          if (token === 'old') {
            gate.close();
            throw new Error('401');
          }
          return `imported with ${token}`;
        }),
      late,
    );
    await expect(answer).rejects.toBeInstanceOf(TokenWaitingError);
    token = 'new';
    gate.reopen();
    await vi.waitFor(() => expect(late).toHaveBeenCalledWith({ value: 'imported with new' }));
  });

  it('answers normally a call that needs no Back Market work while the token is rejected, or that runs while it is valid', async () => {
    const gate = createJobGate();
    await expect(gate.answerAtOnce(() => gate.run(async () => 'online'))).resolves.toBe('online');
    gate.close();
    await expect(gate.answerAtOnce(async () => 'from SQLite')).resolves.toBe('from SQLite');
    await expect(gate.answerAtOnce(async () => Promise.reject(new Error('bad input')))).rejects.toThrow('bad input');
    expect(gate.waiting).toBe(0);
  });
});

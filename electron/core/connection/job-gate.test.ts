// The gate that holds Back Market work while the token is rejected, and resumes it in order with the new one.
import { describe, expect, it, vi } from 'vitest';
import { createJobGate } from './job-gate';

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
});

// Test support: makes a file or folder read-only for real, as a merchant's permissions, a synced folder or an antivirus
// would. As a normal user, by its mode bits; as root (containers, CI), whose writes ignore mode bits, with the immutable
// flag (chattr +i). Every change is undone by the returned function, before the temporary folder is removed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const isRoot = process.getuid?.() === 0;

function refusesWrites(dir: string): boolean {
  try {
    fs.writeFileSync(path.join(dir, 'probe'), 'x');
    return false;
  } catch {
    return true;
  }
}

/** Makes `target` read-only; returns the undo, or undefined when this machine cannot (root without chattr). */
export function makeReadOnly(target: string): (() => void) | undefined {
  if (!isRoot) {
    const mode = fs.statSync(target).mode & 0o777;
    fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
    return () => fs.chmodSync(target, mode);
  }
  const set = spawnSync('chattr', ['+i', target], { encoding: 'utf8' });
  if (set.status !== 0) return undefined;
  return () => void spawnSync('chattr', ['-i', target]);
}

/** Whether makeReadOnly really stops writes here: probed once, so a test that cannot reproduce the fault says so. */
export const CAN_MAKE_READ_ONLY: boolean = (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-ro-probe-'));
  const undo = makeReadOnly(dir);
  try {
    return undo !== undefined && refusesWrites(dir);
  } finally {
    undo?.();
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();

// `npm run preview` as a developer drives it: --help prints the options and creates nothing; a mistyped option or port
// says what is wrong and how to write it; the folder and port come from the options, else the environment, else defaults.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PREVIEW_HELP, readPreviewOptions } from './preview-options';

const DEFAULT_DIR = '/home/merchant/.refurb-desk/preview';

describe('the preview command line', () => {
  it('reads the folder and port from the options, else the environment, else the defaults', () => {
    expect(readPreviewOptions([], {}, DEFAULT_DIR)).toEqual({ kind: 'run', options: { dataDir: DEFAULT_DIR, port: 5174 } });
    expect(readPreviewOptions([], { REFURB_DATA_DIR: '/data', PORT: '6000' }, DEFAULT_DIR)).toEqual({ kind: 'run', options: { dataDir: '/data', port: 6000 } });
    expect(readPreviewOptions(['--data-dir', './shop', '--port=7000'], { PORT: '6000' }, DEFAULT_DIR)).toEqual({ kind: 'run', options: { dataDir: './shop', port: 7000 } });
  });

  it('answers --help and -h with the help', () => {
    expect(readPreviewOptions(['--help'], {}, DEFAULT_DIR)).toEqual({ kind: 'help' });
    expect(readPreviewOptions(['--port', '80', '-h'], {}, DEFAULT_DIR)).toEqual({ kind: 'help' });
  });

  it('names a mistyped option, a missing value and a port that is no port, with how to write them', () => {
    expect(readPreviewOptions(['--dataDir', 'x'], {}, DEFAULT_DIR)).toEqual({ kind: 'error', message: 'Unknown option "--dataDir". Run with --help to see the options.' });
    expect(readPreviewOptions(['--port'], {}, DEFAULT_DIR)).toEqual({ kind: 'error', message: '--port needs a value, e.g. --port 5174.' });
    expect(readPreviewOptions(['--data-dir', '--port', '80'], {}, DEFAULT_DIR)).toEqual({ kind: 'error', message: '--data-dir needs a value, e.g. --data-dir ./my-data.' });
    expect(readPreviewOptions(['--port', 'abc'], {}, DEFAULT_DIR)).toEqual({
      kind: 'error',
      message: 'The port "abc" is not a port number: give a whole number from 0 to 65535, e.g. --port 5174.',
    });
  });

  it('prints the help and exits without creating a data folder', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-preview-help-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home };
      delete env.REFURB_DATA_DIR;
      const tsx = path.resolve('node_modules', '.bin', 'tsx');
      const run = spawnSync(tsx, [path.resolve('electron', 'preview-cli.ts'), '--help'], { env, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(PREVIEW_HELP);
      expect(fs.readdirSync(home)).toEqual([]);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});

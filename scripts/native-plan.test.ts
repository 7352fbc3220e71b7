// scripts/native.mjs's decisions with the paths merchants really have: Node under "C:\Program Files", a project folder
// with a space, an npm rebuild or another architecture behind a marker, and a Node too old for @electron/rebuild.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundledNpmCli,
  electronMarker,
  electronRebuildCommand,
  markerClaimsElectron,
  markerMatches,
  nodeCommand,
  nodeRebuildCommand,
  satisfiesMinimum,
  type CommandSpec,
} from './native-plan.mjs';

const WINDOWS_NODE = 'C:\\Program Files\\nodejs\\node.exe';
const WINDOWS_ROOT = 'C:\\Users\\Jo Doe\\My Projects\\refurb desk';
const WINDOWS_REBUILD_CLI = `${WINDOWS_ROOT}\\node_modules\\@electron\\rebuild\\lib\\cli.js`;

/**
 * The program Windows starts for a spawn: with `shell: true` Node joins command and arguments with spaces and hands the
 * line to cmd.exe, which takes the first word (or the first quoted string) as the program; without a shell the command
 * goes to CreateProcess as it is, and each argument is quoted by Node.
 */
function programWindowsStarts(spec: CommandSpec): { program: string; args: string[] } {
  if (!spec.shell) return { program: spec.command, args: spec.args };
  const line = [spec.command, ...spec.args].join(' ');
  const program = line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(/\s+/)[0]!;
  const rest = line.slice(line.startsWith('"') ? program.length + 2 : program.length).trim();
  return { program, args: rest === '' ? [] : rest.split(/\s+/) };
}

describe('commands on Windows, Node in "C:\\Program Files" and a project folder with spaces', () => {
  it('the emulation reproduces the failure a shell gives ("\'C:\\Program\' is not recognized")', () => {
    const before = { command: WINDOWS_NODE, args: [WINDOWS_REBUILD_CLI], shell: true };
    expect(programWindowsStarts(before).program).toBe('C:\\Program');
  });

  it('runs @electron/rebuild as Node plus its CLI file, each path whole', () => {
    const spec = electronRebuildCommand({ execPath: WINDOWS_NODE, rebuildCli: WINDOWS_REBUILD_CLI, version: '41.7.1', root: WINDOWS_ROOT });
    expect(spec.shell).toBe(false);
    const started = programWindowsStarts(spec);
    expect(started.program).toBe(WINDOWS_NODE);
    expect(started.args[0]).toBe(WINDOWS_REBUILD_CLI);
    expect(started.args.slice(-2)).toEqual(['--module-dir', WINDOWS_ROOT]);
    expect(started.args).toContain('41.7.1');
  });

  it('runs npm as Node plus npm-cli.js when npm named it, so no shell is needed', () => {
    const npmCli = 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js';
    const spec = nodeRebuildCommand({ platform: 'win32', execPath: WINDOWS_NODE, npmCliPath: npmCli });
    expect(spec.shell).toBe(false);
    expect(programWindowsStarts(spec)).toEqual({ program: WINDOWS_NODE, args: [npmCli, 'rebuild', 'better-sqlite3'] });
  });

  it('finds npm-cli.js beside a Windows or a POSIX Node install', () => {
    expect(bundledNpmCli('win32', WINDOWS_NODE)).toBe('C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js');
    expect(bundledNpmCli('linux', '/opt/node v22/bin/node')).toBe('/opt/node v22/lib/node_modules/npm/bin/npm-cli.js');
  });

  it('falls back to npm by name only through arguments without spaces', () => {
    const spec = nodeRebuildCommand({ platform: 'win32', execPath: WINDOWS_NODE, npmCliPath: undefined });
    expect(programWindowsStarts(spec)).toEqual({ program: 'npm.cmd', args: ['rebuild', 'better-sqlite3'] });
    expect(nodeRebuildCommand({ platform: 'linux', execPath: '/usr/bin/node', npmCliPath: undefined }).shell).toBe(false);
  });

  it('switching back to Node takes a prebuilt binary first: it never forces a compile', () => {
    for (const platform of ['win32', 'darwin', 'linux']) {
      const spec = nodeRebuildCommand({ platform, execPath: WINDOWS_NODE, npmCliPath: undefined });
      expect(spec.args, platform).not.toContain('--build-from-source');
    }
  });
});

describe('commands really run from folders with spaces', () => {
  it('starts a Node whose path has a space, with a script path that has one too', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb native '));
    try {
      const node = path.join(folder, 'node dir', path.basename(process.execPath));
      fs.mkdirSync(path.dirname(node));
      fs.symlinkSync(process.execPath, node);
      const script = path.join(folder, 'a script.cjs');
      fs.writeFileSync(script, 'console.log(JSON.stringify(process.argv.slice(2)))');
      const spec = nodeCommand(node, [script, '--module-dir', folder]);
      const result = spawnSync(spec.command, spec.args, { shell: spec.shell, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual(['--module-dir', folder]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the rebuild marker', () => {
  const facts = { version: '41.7.1', platform: 'win32', arch: 'x64', binarySha256: 'a'.repeat(64) };
  const marker = electronMarker(facts);

  it('matches only the same Electron, platform, architecture and binary', () => {
    expect(markerMatches(marker, facts)).toBe(true);
    expect(markerMatches(marker, { ...facts, binarySha256: 'b'.repeat(64) }), 'npm rebuild replaced the binary').toBe(false);
    expect(markerMatches(marker, { ...facts, arch: 'arm64' }), 'built for another architecture').toBe(false);
    expect(markerMatches(marker, { ...facts, version: '42.0.0' }), 'Electron upgraded').toBe(false);
    expect(markerMatches(undefined, facts)).toBe(false);
  });

  it('never trusts the old marker, which named only the Electron version', () => {
    expect(markerMatches('electron-41.7.1', facts)).toBe(false);
    expect(markerClaimsElectron('electron-41.7.1')).toBe(true);
    expect(markerClaimsElectron(marker)).toBe(true);
    expect(markerClaimsElectron(undefined)).toBe(false);
  });
});

describe('the Node version', () => {
  const rebuildEngines = JSON.parse(fs.readFileSync('node_modules/@electron/rebuild/package.json', 'utf8')).engines.node as string;
  const ourEngines = JSON.parse(fs.readFileSync('package.json', 'utf8')).engines.node as string;

  it("package.json asks for the Node @electron/rebuild declares, so npm start's first step can run", () => {
    expect(ourEngines).toBe(rebuildEngines);
  });

  it('compares versions part by part', () => {
    expect(satisfiesMinimum('20.19.0', '>=22.12.0')).toBe(false);
    expect(satisfiesMinimum('22.11.9', '>=22.12.0')).toBe(false);
    expect(satisfiesMinimum('22.12.0', '>=22.12.0')).toBe(true);
    expect(satisfiesMinimum('v24.1.0', '>=22.12.0')).toBe(true);
    expect(satisfiesMinimum('22.2.0', '>=22.12.0')).toBe(false);
  });
});

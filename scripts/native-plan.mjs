// The decisions of scripts/native.mjs as pure functions — which command rebuilds better-sqlite3, whether the marker
// still describes the binary on disk, whether this Node can run @electron/rebuild — so they are tested on any OS with
// another OS's paths. native.mjs does the I/O.
import path from 'node:path';

/**
 * How to run Node itself with a script. Never through a shell: on Windows `shell: true` hands cmd.exe the unquoted
 * command line, and `C:\Program Files\nodejs\node.exe` (Node's default place) becomes the program `C:\Program`.
 */
export function nodeCommand(execPath, args) {
  return { command: execPath, args: [...args], shell: false };
}

/** `@electron/rebuild` for better-sqlite3 against Electron `version`: Node running the tool's own CLI file. */
export function electronRebuildCommand({ execPath, rebuildCli, version, root }) {
  return nodeCommand(execPath, [rebuildCli, '--force', '--which-module', 'better-sqlite3', '--only', 'better-sqlite3', '--version', version, '--module-dir', root]);
}

/**
 * `npm rebuild better-sqlite3` for this Node. Without --build-from-source: the package's install script downloads the
 * prebuilt binary for this Node and platform first and compiles only when none matches (which needs build tools).
 * npm is run as Node + npm-cli.js — the file npm itself names in npm_execpath when it runs our script — because on
 * Windows npm is a .cmd, which Node spawns only through a shell. Only when that file is unknown does the plain `npm`
 * name go through the shell, where no argument has a space to be split on.
 */
export function nodeRebuildCommand({ platform, execPath, npmCliPath }) {
  const args = ['rebuild', 'better-sqlite3'];
  if (npmCliPath && /\.c?js$/i.test(npmCliPath)) return nodeCommand(execPath, [npmCliPath, ...args]);
  return platform === 'win32' ? { command: 'npm.cmd', args, shell: true } : { command: 'npm', args, shell: false };
}

/** Where npm's CLI script sits beside a Node install that bundles npm (the official installers and tarballs). */
export function bundledNpmCli(platform, execPath) {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const nodeDir = p.dirname(execPath);
  return platform === 'win32'
    ? p.join(nodeDir, 'node_modules', 'npm', 'bin', 'npm-cli.js')
    : p.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
}

/**
 * The marker written after a verified Electron build: the Electron version, the platform and architecture it was built
 * for, and the SHA-256 of the binary it describes. `npm rebuild`, `npm install` or a build for another architecture
 * replaces the binary, so the hash no longer matches and the marker is ignored.
 */
export function electronMarker({ version, platform, arch, binarySha256 }) {
  return JSON.stringify({ runtime: 'electron', version, platform, arch, binarySha256 });
}

/** Whether a marker read from disk describes exactly this Electron, platform, architecture and binary. */
export function markerMatches(markerText, expected) {
  if (!markerText) return false;
  let marker;
  try {
    marker = JSON.parse(markerText);
  } catch {
    return false; // an older marker format ("electron-41.7.1") carried no binary hash: never trusted
  }
  return (
    marker !== null &&
    typeof marker === 'object' &&
    marker.runtime === 'electron' &&
    marker.version === expected.version &&
    marker.platform === expected.platform &&
    marker.arch === expected.arch &&
    typeof marker.binarySha256 === 'string' &&
    marker.binarySha256 === expected.binarySha256
  );
}

/** Whether a marker claims an Electron build at all (so a binary that loads in Node proves it stale). */
export function markerClaimsElectron(markerText) {
  if (!markerText) return false;
  if (markerText.startsWith('electron-')) return true;
  try {
    return JSON.parse(markerText)?.runtime === 'electron';
  } catch {
    return false;
  }
}

const parseVersion = (version) => version.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);

/**
 * Whether Node `nodeVersion` satisfies an engines range of the form ">=X.Y.Z" (the form @electron/rebuild declares).
 * A range of another form is not judged here: the tool's own check applies.
 */
export function satisfiesMinimum(nodeVersion, range) {
  const match = /^>=\s*v?(\d+(?:\.\d+){0,2})\s*$/.exec(range ?? '');
  if (!match) return true;
  const have = parseVersion(nodeVersion);
  const need = parseVersion(match[1]);
  for (let index = 0; index < 3; index += 1) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

// `node scripts/native.mjs node|electron`: makes better-sqlite3's native binary match the runtime about to run it.
// Node (tests, preview, sandbox) and Electron need different builds (different NODE_MODULE_VERSION); one build at a
// time lives in node_modules, so each npm script that needs one calls this first. Cheap when nothing has to change.
// The decisions (commands, marker, Node version) are in native-plan.mjs, tested with Windows paths.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bundledNpmCli,
  electronMarker,
  electronRebuildCommand,
  markerClaimsElectron,
  markerMatches,
  nodeCommand,
  nodeRebuildCommand,
  satisfiesMinimum,
} from './native-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
const binary = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const marker = path.join(moduleDir, 'build', 'Release', '.refurb-runtime');
const electronDir = path.join(root, 'node_modules', 'electron');
const rebuildDir = path.join(root, 'node_modules', '@electron', 'rebuild');
const rebuildCli = path.join(rebuildDir, 'lib', 'cli.js');

const say = (message) => console.log(`native: ${message}`);
const fail = (message) => {
  console.error(`native: ${message}`);
  process.exit(1);
};

function readMarker() {
  try {
    return fs.readFileSync(marker, 'utf8').trim();
  } catch {
    return undefined;
  }
}

function binarySha256() {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(binary)).digest('hex');
  } catch {
    return '';
  }
}

/** Loads better-sqlite3 in a fresh Node and runs a query: the only proof that the binary fits this Node. */
function probeNode() {
  const script = "const D=require('better-sqlite3');const db=new D(':memory:');db.prepare('select 1 as one').get();db.close();";
  const { command, args, shell } = nodeCommand(process.execPath, ['-e', script]);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', shell });
  return { ok: result.status === 0, output: `${result.stderr ?? ''}${result.stdout ?? ''}${result.error ? String(result.error) : ''}` };
}

/** Errors a rebuild fixes: a binary for another ABI, or none at all. A missing package is npm install's job instead. */
const isBinaryProblem = (output) =>
  /NODE_MODULE_VERSION|was compiled against a different|dlopen|invalid ELF|Could not locate the bindings file|better_sqlite3\.node/.test(output);

/** Runs a command spec; a command that could not even start says so, rather than being blamed on the network. */
function run({ command, args, shell }) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
  if (result.error) fail(`could not start ${command}: ${result.error.message}`);
  return result.status === 0;
}

function forNode() {
  const probe = probeNode();
  if (probe.ok) {
    // A binary that loads in Node was not built for Electron, whatever an old marker says.
    if (markerClaimsElectron(readMarker())) fs.rmSync(marker, { force: true });
    return;
  }
  if (!isBinaryProblem(probe.output)) fail(`better-sqlite3 cannot be loaded, and a rebuild will not fix it. Run npm install.\n${probe.output}`);
  say(`better-sqlite3 is built for another runtime; reinstalling it for Node ${process.version} (a prebuilt binary if one matches)...`);
  fs.rmSync(marker, { force: true });
  const npmCli = process.env.npm_execpath ?? bundledNpmCli(process.platform, process.execPath);
  const command = nodeRebuildCommand({ platform: process.platform, execPath: process.execPath, npmCliPath: fs.existsSync(npmCli) ? npmCli : undefined });
  if (!run(command)) {
    fail(
      `the rebuild for Node ${process.version} failed: no prebuilt binary could be downloaded for ${process.platform}-${process.arch}, ` +
        'and compiling it needs build tools (see "Before npm start" in the README). The output above says which step failed.',
    );
  }
  const after = probeNode();
  if (!after.ok) fail(`better-sqlite3 still does not load in Node after the rebuild:\n${after.output}`);
  say(`better-sqlite3 ready for Node ${process.version}.`);
}

/** The binary counts as Electron's only if this Node refuses it for Electron's ABI. */
function builtForElectron(electronAbi) {
  const probe = probeNode();
  if (probe.ok) return false;
  return electronAbi ? probe.output.includes(`NODE_MODULE_VERSION ${electronAbi}`) : isBinaryProblem(probe.output);
}

function forElectron() {
  // Without the Electron binary, electron-rebuild quietly builds for Node's ABI instead: refuse before touching anything.
  if (!fs.existsSync(path.join(electronDir, 'dist'))) {
    fail('Electron is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?) — use npm run preview to run Refurb Desk in the browser.');
  }
  const needed = JSON.parse(fs.readFileSync(path.join(rebuildDir, 'package.json'), 'utf8')).engines?.node;
  if (!satisfiesMinimum(process.versions.node, needed)) {
    fail(`building the database engine for Electron needs Node ${needed} (this is ${process.version}). Install a current Node LTS and run this again.`);
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const abiFile = path.join(electronDir, 'abi_version');
  const electronAbi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : undefined;
  const facts = { version, platform: process.platform, arch: process.arch };
  // The marker is a hint, never proof: it must name this binary's hash, and the binary must still refuse to load in Node.
  if (markerMatches(readMarker(), { ...facts, binarySha256: binarySha256() }) && builtForElectron(electronAbi)) return;

  say(`rebuilding better-sqlite3 for Electron ${version} on ${process.platform}-${process.arch} (downloads Electron's headers)...`);
  fs.rmSync(marker, { force: true });
  if (!run(electronRebuildCommand({ execPath: process.execPath, rebuildCli, version, root }))) {
    fail('the rebuild for Electron failed; the output above says which step. It needs the network once (Electron\'s headers) and, when no prebuilt binary matches, build tools (see the README).');
  }

  // Trust the binary, not the tool's exit code: an Electron build must be refused by this Node with Electron's ABI.
  if (!builtForElectron(electronAbi)) {
    fail(`electron-rebuild reported success but the binary is not built for Electron ${version}${electronAbi ? ` (ABI ${electronAbi})` : ''}. Nothing was marked; run this again once Electron is installed.`);
  }
  fs.writeFileSync(marker, `${electronMarker({ ...facts, binarySha256: binarySha256() })}\n`);
  say(`better-sqlite3 rebuilt for Electron ${version}. "node scripts/native.mjs node" switches it back for Node.`);
}

const runtime = process.argv[2];
if (runtime === 'node') forNode();
else if (runtime === 'electron') forElectron();
else fail('usage: node scripts/native.mjs node|electron');

// `node scripts/native.mjs node|electron`: makes better-sqlite3's native binary match the runtime about to run it.
// Node (tests, preview, sandbox) and Electron need different builds (different NODE_MODULE_VERSION); one build at a
// time lives in node_modules, so each npm script that needs one calls this first. Cheap when nothing has to change.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
const marker = path.join(moduleDir, 'build', 'Release', '.refurb-runtime');
const electronDir = path.join(root, 'node_modules', 'electron');
const rebuildCli = path.join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');

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

/** Loads better-sqlite3 in a fresh Node and runs a query: the only proof that the binary fits this Node. */
function probeNode() {
  const script = "const D=require('better-sqlite3');const db=new D(':memory:');db.prepare('select 1 as one').get();db.close();";
  const result = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stderr ?? ''}${result.stdout ?? ''}` };
}

/** Errors a rebuild fixes: a binary for another ABI, or none at all. A missing package is npm install's job instead. */
const isBinaryProblem = (output) =>
  /NODE_MODULE_VERSION|was compiled against a different|dlopen|invalid ELF|Could not locate the bindings file|better_sqlite3\.node/.test(output);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function forNode() {
  const probe = probeNode();
  if (probe.ok) {
    // A binary that loads in Node was not built for Electron, whatever an old marker says.
    if (readMarker()?.startsWith('electron-')) fs.rmSync(marker, { force: true });
    return;
  }
  if (!isBinaryProblem(probe.output)) fail(`better-sqlite3 cannot be loaded, and a rebuild will not fix it. Run npm install.\n${probe.output}`);
  say(`better-sqlite3 is built for another runtime; rebuilding it for Node ${process.version} from source (about a minute)...`);
  fs.rmSync(marker, { force: true });
  // From source: the prebuilt binaries are downloaded from GitHub, which is not always reachable.
  if (!run('npm', ['rebuild', 'better-sqlite3', '--build-from-source'])) fail('the rebuild for Node failed; see the compiler output above.');
  const after = probeNode();
  if (!after.ok) fail(`better-sqlite3 still does not load in Node after the rebuild:\n${after.output}`);
  say(`better-sqlite3 rebuilt for Node ${process.version}.`);
}

function forElectron() {
  // Without the Electron binary, electron-rebuild quietly builds for Node's ABI instead: refuse before touching anything.
  if (!fs.existsSync(path.join(electronDir, 'dist'))) {
    fail('Electron is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD?) — use npm run preview to run Refurb Desk in the browser.');
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  const wanted = `electron-${version}`;
  if (readMarker() === wanted) return;

  say(`rebuilding better-sqlite3 for Electron ${version} (downloads Electron's headers)...`);
  fs.rmSync(marker, { force: true });
  if (!run(process.execPath, [rebuildCli, '--force', '--which-module', 'better-sqlite3', '--only', 'better-sqlite3', '--version', version, '--module-dir', root])) {
    fail('the rebuild for Electron failed; see the output above. It needs the network once, for the Electron headers.');
  }

  // Trust the binary, not the tool's exit code: an Electron build must be refused by this Node with Electron's ABI.
  const probe = probeNode();
  const abiFile = path.join(electronDir, 'abi_version');
  const electronAbi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : undefined;
  const builtForElectron = !probe.ok && (electronAbi ? probe.output.includes(`NODE_MODULE_VERSION ${electronAbi}`) : isBinaryProblem(probe.output));
  if (!builtForElectron) {
    fail(`electron-rebuild reported success but the binary is not built for Electron ${version}${electronAbi ? ` (ABI ${electronAbi})` : ''}. Nothing was marked; run this again once Electron is installed.`);
  }
  fs.writeFileSync(marker, `${wanted}\n`);
  say(`better-sqlite3 rebuilt for Electron ${version}. "node scripts/native.mjs node" switches it back for Node.`);
}

const runtime = process.argv[2];
if (runtime === 'node') forNode();
else if (runtime === 'electron') forElectron();
else fail('usage: node scripts/native.mjs node|electron');

// `npm run build:main`: bundles the Electron main process and the preload with esbuild into out/main and out/preload.
// Both are CommonJS: Electron loads a package's CJS main directly, and a sandboxed preload can only require('electron').
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAIN_EXTERNALS } from './bundle-externals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
// Node 20 still runs the tests and the preview (npm start needs 22.12 for @electron/rebuild); Electron's embedded Node
// is newer, so the bundle runs on all of them.
const nodeTarget = 'node20';

const shared = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
};

const started = Date.now();
const results = await Promise.allSettled([
  build({
    ...shared,
    entryPoints: ['electron/main.ts'],
    outfile: 'out/main/main.cjs',
    platform: 'node',
    target: nodeTarget,
    // electron is the runtime itself; better-sqlite3 is a native module, loaded from node_modules (asar-unpacked when
    // packaged); electron-updater reads files beside it. conf and electron-store are ESM-only, so they are bundled
    // into the CJS output rather than required.
    external: [...MAIN_EXTERNALS],
  }),
  build({
    ...shared,
    entryPoints: ['electron/preload.ts'],
    outfile: 'out/preload/preload.cjs',
    // The sandboxed preload runs in a browser-like context with a tiny require(): only 'electron' may stay external.
    platform: 'browser',
    target: 'chrome130',
    // The contract's names come with zod (shared/contract.ts builds them from its schemas): minified, it parses faster.
    minify: true,
    external: ['electron'],
  }),
]);

if (results.some((result) => result.status === 'rejected')) {
  // esbuild has already printed each error with its file and line; a stack trace of esbuild itself would add nothing.
  console.error('build:main failed: see the errors above.');
  process.exit(1);
}
console.log(`build:main: out/main/main.cjs and out/preload/preload.cjs for Electron ${electronVersion} in ${Date.now() - started} ms`);

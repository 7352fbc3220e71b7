// `npm run preview`: starts the browser-preview host with the merchant's data folder and prints where to open it.
// `--help` prints the options and exits before anything is created.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREVIEW_HELP, readPreviewOptions } from './preview-options';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const command = readPreviewOptions(process.argv.slice(2), process.env, path.join(os.homedir(), '.refurb-desk', 'preview'));

if (command.kind === 'help') {
  process.stdout.write(PREVIEW_HELP);
  process.exit(0);
}
if (command.kind === 'error') {
  console.error(command.message);
  process.exit(2);
}

try {
  // Imported only now: the host (and the database it opens) is not loaded for --help or a mistyped option.
  const { startPreviewHost } = await import('./preview');
  const host = await startPreviewHost({
    dataDir: path.resolve(command.options.dataDir),
    rendererDir: path.join(root, 'out', 'renderer'),
    port: command.options.port,
    version: process.env.npm_package_version,
  });
  console.log(`Refurb Desk is running in your browser at ${host.url}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// `npm run preview`: starts the browser-preview host with the merchant's data folder and prints where to open it.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreviewHost } from './preview';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const defaultDataDir = path.join(os.homedir(), '.refurb-desk', 'preview');

try {
  const host = await startPreviewHost({
    dataDir: path.resolve(argument('data-dir') ?? process.env.REFURB_DATA_DIR ?? defaultDataDir),
    rendererDir: path.join(root, 'out', 'renderer'),
    port: Number(argument('port') ?? process.env.PORT ?? 5174),
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

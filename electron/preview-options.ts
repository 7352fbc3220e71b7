// The options of `npm run preview` (electron/preview-cli.ts), read from the command line and the environment without
// touching the disk, so `--help` and a mistyped option answer before any data folder is created.

export const PREVIEW_HELP = `Usage: npm run preview -- [options]
       npx tsx electron/preview-cli.ts [options]

Runs Refurb Desk in your browser, on this computer only (127.0.0.1).

Options:
  --data-dir <folder>  where the catalogue and settings are kept
                       (default: REFURB_DATA_DIR, else ~/.refurb-desk/preview)
  --port <number>      the port to listen on (default: PORT, else 5174)
  -h, --help           print this help and exit
`;

export interface PreviewOptions {
  dataDir: string;
  port: number;
}

export type PreviewCommand = { kind: 'help' } | { kind: 'run'; options: PreviewOptions } | { kind: 'error'; message: string };

const VALUED = new Set(['--data-dir', '--port']);

export function readPreviewOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, defaultDataDir: string): PreviewCommand {
  const given = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') return { kind: 'help' };
    const [name = '', inline] = argument.split(/=(.*)/s, 2);
    if (!VALUED.has(name)) return { kind: 'error', message: `Unknown option "${argument}". Run with --help to see the options.` };
    const value = inline ?? argv[index + 1];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { kind: 'error', message: `${name} needs a value, e.g. ${name === '--port' ? '--port 5174' : '--data-dir ./my-data'}.` };
    }
    if (inline === undefined) index += 1;
    given.set(name, value);
  }
  const portText = given.get('--port') ?? env.PORT ?? '5174';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { kind: 'error', message: `The port "${portText}" is not a port number: give a whole number from 0 to 65535, e.g. --port 5174.` };
  }
  return { kind: 'run', options: { dataDir: given.get('--data-dir') ?? env.REFURB_DATA_DIR ?? defaultDataDir, port } };
}

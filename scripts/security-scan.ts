// The Electron security scan: electronegativity over the shell's main and preload code (transpiled file by file, as its
// checks cannot read a bundle) and the renderer's page. It exits 0 even with findings, so its structured JSON report is
// read here (never its CSV, whose records a loaded machine can garble): every HIGH or MEDIUM finding must be justified
// in the source file it comes from by a comment "electronegativity: <CHECK_ID> — <why>", or the scan fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { z } from 'zod';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The files that run with Electron's privileges, and the page whose CSP is checked. */
export const SCANNED_SOURCES = ['electron/main.ts', 'electron/preload.ts', 'electron/security.ts', 'electron/ipc.ts'];
const PAGE = 'renderer/index.html';

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  sample: string;
  /** The justification comment found in the source, if any. */
  justification?: string;
}

export function runSecurityScan(outDir = path.join(ROOT, 'out', 'security-scan')): Finding[] {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  buildSync({
    entryPoints: SCANNED_SOURCES.map((source) => path.join(ROOT, source)),
    outdir: outDir,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    bundle: false,
    logLevel: 'warning',
  });
  fs.copyFileSync(path.join(ROOT, PAGE), path.join(outDir, 'index.html'));
  const report = path.join(outDir, 'electronegativity.json');
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'electronegativity-json.mjs'), outDir, report, electronVersion()], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (!fs.existsSync(report)) throw new Error(`electronegativity wrote no report (exit ${run.status}${run.signal ? `, ${run.signal}` : ''}): ${(run.stderr ?? '').slice(0, 500)}`);
  return findingsFromReport(fs.readFileSync(report, 'utf8'));
}

const reportSchema = z.object({
  tool: z.literal('electronegativity'),
  checks: z.number().int().positive(),
  issues: z.array(
    z.object({
      id: z.string().regex(/^[A-Z0-9_]+$/),
      severity: z.enum(['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']),
      confidence: z.string(),
      file: z.string(),
      line: z.number(),
      column: z.number(),
      sample: z.string(),
    }),
  ),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
});

/**
 * The findings of electronegativity's JSON report (scripts/electronegativity-json.mjs). The report is one JSON document
 * checked against its shape: a report that does not match is an error of the scan, never a finding to count or drop.
 * A file electronegativity could not parse was not checked at all, so it blocks like a HIGH finding.
 */
export function findingsFromReport(text: string): Finding[] {
  let parsed: z.infer<typeof reportSchema>;
  try {
    parsed = reportSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new Error(`The electronegativity report is not the expected JSON: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
  }
  const unscanned: Finding[] = parsed.errors
    .filter((error) => !error.tolerable)
    .map((error) => ({ check: 'FILE_NOT_SCANNED', severity: 'HIGH', confidence: 'CERTAIN', file: error.file, location: '', sample: error.message.slice(0, 200) }));
  const findings = parsed.issues.map((issue): Finding => {
    const finding: Finding = {
      check: issue.id,
      severity: issue.severity,
      confidence: issue.confidence,
      file: issue.file,
      location: `${issue.line}:${issue.column}`,
      sample: issue.sample,
    };
    const justification = justificationFor(finding);
    return justification ? { ...finding, justification } : finding;
  });
  return [...unscanned, ...findings];
}

function electronVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
}

/** The "electronegativity: CHECK — why" comment in the source file the finding points at. */
function justificationFor(finding: Finding): string | undefined {
  const base = path.basename(finding.file, path.extname(finding.file));
  const source = [...SCANNED_SOURCES, PAGE].find((file) => path.basename(file, path.extname(file)) === base);
  if (!source) return undefined;
  const text = fs.readFileSync(path.join(ROOT, source), 'utf8');
  const match = new RegExp(`electronegativity: ${finding.check}\\s+[—-]\\s+(.+)`).exec(text);
  return match?.[1]?.trim();
}

export const blocking = (findings: Finding[]) => findings.filter((finding) => (finding.severity === 'HIGH' || finding.severity === 'MEDIUM') && !finding.justification);

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const findings = runSecurityScan();
  for (const finding of findings) {
    console.log(`${finding.severity.padEnd(6)} ${finding.check} ${finding.file}:${finding.location}${finding.justification ? ` — justified: ${finding.justification}` : ''}`);
  }
  const open = blocking(findings);
  console.log(open.length === 0 ? 'Security scan: no unjustified high or medium finding.' : `Security scan: ${open.length} unjustified high or medium finding(s).`);
  process.exit(open.length === 0 ? 0 : 1);
}

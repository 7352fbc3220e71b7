// Runs electronegativity through its own programmatic API and writes its findings as one JSON document, written whole
// (temporary file, then rename). Its CSV writer writes the header and the records with two concurrent asynchronous
// writes, which a loaded machine can interleave into a garbled record; this report cannot be torn.
// Usage: node scripts/electronegativity-json.mjs <input folder> <report.json> <electron version>
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [input, report, electronVersion] = process.argv.slice(2);
if (!input || !report || !electronVersion) {
  console.error('Usage: electronegativity-json.mjs <input folder> <report.json> <electron version>');
  process.exit(2);
}
const require = createRequire(import.meta.url);
// Its build exports the runner as module.exports itself (babel's add-module-exports).
const loaded = require('@doyensec/electronegativity');
const run = typeof loaded === 'function' ? loaded : loaded.default;

const result = await run({
  input: path.resolve(input),
  isRelative: true,
  isVerbose: false,
  customScan: [],
  excludeFromScan: [],
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});
const text = (value) => (value === undefined || value === null ? '' : String(value));
const document = {
  tool: 'electronegativity',
  checks: result.globalChecks + result.atomicChecks,
  issues: result.issues.map((issue) => ({
    id: text(issue.id),
    severity: text(issue.severity?.name),
    confidence: text(issue.confidence?.name),
    file: text(issue.file),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: text(issue.sample),
    manualReview: issue.manualReview === true,
  })),
  errors: result.errors.map((error) => ({ file: text(error.file), message: text(error.message), tolerable: error.tolerable === true })),
};
fs.writeFileSync(`${report}.partial`, JSON.stringify(document));
fs.renameSync(`${report}.partial`, report);

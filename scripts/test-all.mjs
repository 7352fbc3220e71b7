// `npm test`'s last step: the unit tests (Vitest) then the end-to-end tests (Playwright), each with a JSON reporter,
// and one closing line "N passed, N failed" that adds both up.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('reports', { recursive: true });
const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const unitReport = 'reports/unit.json';
const e2eReport = 'reports/e2e.json';
fs.rmSync(unitReport, { force: true });
fs.rmSync(e2eReport, { force: true });

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const e2eStatus = run('npx', ['playwright', 'test']);

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const unit = read(unitReport);
const e2e = read(e2eReport);
const unitPassed = unit?.numPassedTests ?? 0;
const unitFailed = unit ? unit.numFailedTests : 1;
const unitSkipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0);
const e2ePassed = (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const e2eFailed = e2e ? e2e.stats.unexpected : 1;
const e2eSkipped = e2e?.stats?.skipped ?? 0;

console.log(`\nunit: ${unitPassed} passed, ${unitFailed} failed, ${unitSkipped} skipped (exit ${unitStatus})`);
console.log(`e2e: ${e2ePassed} passed, ${e2eFailed} failed, ${e2eSkipped} skipped (exit ${e2eStatus})`);
const failed = unitFailed + e2eFailed + (unitStatus !== 0 && unitFailed === 0 ? 1 : 0) + (e2eStatus !== 0 && e2eFailed === 0 ? 1 : 0);
console.log(`${unitPassed + e2ePassed} passed, ${failed} failed, ${unitSkipped + e2eSkipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

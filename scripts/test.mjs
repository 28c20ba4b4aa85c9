// `npm test`: runs every test of the solution (Azurite is started by the test fixtures themselves)
// and ends with one line, `Tests: N passed, N failed`, counted from the TRX reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureNodeModules, root } from './npm-packages.mjs';

const resultsFolder = join(root, 'TestResults');

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path));
}

// Every test's outcome in every report: Passed, Failed, NotExecuted (skipped), or Error, Timeout, Aborted...
function countOutcomes() {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const reports = existsSync(resultsFolder)
    ? readdirSync(resultsFolder, { recursive: true }).filter((name) => name.endsWith('.trx'))
    : [];
  for (const report of reports) {
    const xml = readFileSync(join(resultsFolder, report), 'utf8');
    for (const [, outcome] of xml.matchAll(/<UnitTestResult\b[^>]*?\boutcome="(\w+)"/g)) {
      if (outcome === 'Passed') {
        counts.passed++;
      } else if (outcome === 'NotExecuted') {
        counts.skipped++;
      } else {
        counts.failed++;
      }
    }
  }
  return counts;
}

ensureNodeModules();

const chromium = findChromium();
if (chromium) {
  process.env.CHROMIUM_PATH = chromium;
} else {
  console.log('Note: no Chromium found (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome):');
  console.log('      the browser test will fail. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.');
}

// Old reports would be counted again.
rmSync(resultsFolder, { recursive: true, force: true });

// xunit v3 on Microsoft.Testing.Platform: the TRX switch is xunit's own (MTP's --report-trx needs the
// TrxReport package). xunit names each report by a timestamp, and two test projects started together
// have been seen to write the same file, so projects run one after the other (their tests still run in parallel).
const dotnet = spawnSync('dotnet', [
  'test', '--solution', 'ChatOpsItsm.sln', '-c', 'Release', '--max-parallel-test-modules', '1',
  '--report-xunit-trx', '--results-directory', resultsFolder,
], { cwd: root, stdio: 'inherit' });
if (dotnet.error) {
  console.error(`Could not run dotnet: ${dotnet.error.message}`);
}

const { passed, failed, skipped } = countOutcomes();
console.log(`Tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(dotnet.status === 0 && failed === 0 && passed + failed > 0 ? 0 : 1);

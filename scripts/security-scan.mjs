// `npm run scan:security` (part of `npm run check`): Electronegativity over the app's
// sources, offline. Its exit code says nothing (0 even with findings), so every finding is
// matched against the triage in security/electronegativity-triage.json. A finding without
// an entry fails, and so does an entry without a finding, so the file stays true.
//
// Electronegativity misses settings it cannot see in the `new BrowserWindow({...})` literal
// (options built by a function, `nodeIntegration: true` beside `sandbox: false`): the
// project's own security tests stay the first line, this scan a second opinion.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scanWithElectronegativity } from './security-scan/electronegativity.mjs';
import { compareWithTriage, formatReport, triageProblems } from './security-scan/triage.mjs';

export const TRIAGE_FILE = 'security/electronegativity-triage.json';

/**
 * Scans the app under `root` and compares with its triage file. Answers
 * `{ isOk, text, untriaged, stale }`; `text` is the report to print. Throws only when the
 * triage file is missing or malformed, with the reason.
 */
export async function checkSecurity(root) {
  const started = performance.now();
  const triagePath = join(root, TRIAGE_FILE);
  if (!existsSync(triagePath)) throw new Error(`${TRIAGE_FILE} is missing`);
  const triage = JSON.parse(readFileSync(triagePath, 'utf8'));
  const problems = triageProblems(triage);
  if (problems.length > 0) throw new Error(`${TRIAGE_FILE}:\n  ${problems.join('\n  ')}`);
  const { findings, errors } = await scanWithElectronegativity(root);
  const { accepted, untriaged, stale } = compareWithTriage(findings, triage);
  const seconds = (performance.now() - started) / 1000;
  const report = formatReport({
    accepted,
    untriaged,
    stale,
    errors,
    triageFile: TRIAGE_FILE,
    seconds,
  });
  return { ...report, untriaged, stale };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const { isOk, text } = await checkSecurity(root);
    (isOk ? console.log : console.error)(text);
    process.exitCode = isOk ? 0 : 1;
  } catch (error) {
    console.error(`electronegativity: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

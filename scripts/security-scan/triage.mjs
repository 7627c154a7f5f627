// Matches scanner findings against the checked-in triage file. Pure: no file system.
//
// A finding is keyed by its check, its file and its source line with whitespace collapsed,
// never its line number: code added above a finding, or reformatted around it, does not
// churn the triage. Two identical lines in one file with the same check share one entry,
// since one reason covers both.

/** The key of a finding or a triage entry. */
export function triageKey({ check, file, snippet }) {
  return [check, file, normaliseSnippet(snippet)].join('\u0000');
}

/** The snippet as compared: whitespace runs collapsed, ends trimmed. */
export function normaliseSnippet(snippet) {
  return (snippet ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Checks the triage file's shape. Answers a list of problems (empty when valid): every
 * entry needs `check`, `file`, `snippet` and a real `reason`, and no two entries may share
 * a key.
 */
export function triageProblems(triage) {
  if (!triage || !Array.isArray(triage.accepted)) return ['it must be { "accepted": [ … ] }'];
  const problems = [];
  const seen = new Set();
  triage.accepted.forEach((entry, index) => {
    const name = `accepted[${index}]`;
    for (const field of ['check', 'file', 'snippet']) {
      if (typeof entry?.[field] !== 'string') problems.push(`${name}.${field} must be a string`);
    }
    const reason = typeof entry?.reason === 'string' ? entry.reason.trim() : '';
    if (reason.length < 20 || /^(todo|tbd|fixme)\b/i.test(reason)) {
      problems.push(`${name}.reason must say why the finding is safe (the code that makes it so)`);
    }
    const key = triageKey(entry ?? {});
    if (seen.has(key)) problems.push(`${name} repeats an earlier entry`);
    seen.add(key);
  });
  return problems;
}

/**
 * Splits findings into accepted ones and untriaged ones, and lists the triage entries that
 * match no finding any more (stale: the code changed or the weakness was fixed).
 */
export function compareWithTriage(findings, triage) {
  const entries = new Map(triage.accepted.map((entry) => [triageKey(entry), entry]));
  const matched = new Set();
  const accepted = [];
  const untriaged = [];
  for (const finding of findings) {
    const key = triageKey(finding);
    if (entries.has(key)) {
      matched.add(key);
      accepted.push(finding);
    } else {
      untriaged.push(finding);
    }
  }
  const stale = [...entries].filter(([key]) => !matched.has(key)).map(([, entry]) => entry);
  return { accepted, untriaged, stale };
}

const quote = (text) => JSON.stringify(text);

/** An entry to paste into the triage file, with the reason left for a person to write. */
export function triageEntryFor(finding) {
  return {
    check: finding.check,
    file: finding.file,
    snippet: normaliseSnippet(finding.snippet),
    reason: '',
  };
}

/**
 * The report printed by `npm run scan:security`: what fails and how to deal with it, or a
 * one-line summary when nothing does.
 */
export function formatReport({ accepted, untriaged, stale, errors, triageFile, seconds }) {
  const lines = [];
  const fatalErrors = errors.filter((error) => !error.isTolerable);
  for (const error of errors) {
    const what = error.isTolerable ? 'warning' : 'not scanned';
    lines.push(`electronegativity: ${error.file}: ${what}: ${error.message}`);
  }
  if (untriaged.length > 0) {
    lines.push(`electronegativity: ${untriaged.length} finding(s) not triaged:`, '');
    for (const finding of untriaged) {
      const where =
        finding.file === 'N/A' ? 'the app as a whole' : `${finding.file}:${finding.line}`;
      lines.push(`  ${finding.check} (${finding.severity}, ${finding.confidence}) at ${where}`);
      if (finding.snippet) lines.push(`    ${normaliseSnippet(finding.snippet)}`);
      lines.push(`    ${finding.description}`, '');
    }
    lines.push(
      'Fix the code. If the finding is a false alarm or a risk the app accepts, read the code,',
      `then add an entry to ${triageFile} with the reason (name the code that makes it safe):`,
      '',
      ...untriaged.map((finding) => `  ${JSON.stringify(triageEntryFor(finding))},`),
      '',
    );
  }
  if (stale.length > 0) {
    lines.push(
      `electronegativity: ${stale.length} triage entr${stale.length === 1 ? 'y matches' : 'ies match'} no finding any more (code changed or fixed); remove or update in ${triageFile}:`,
      ...stale.map((entry) => `  ${entry.check} ${entry.file} ${quote(entry.snippet)}`),
      '',
    );
  }
  const isOk = untriaged.length === 0 && stale.length === 0 && fatalErrors.length === 0;
  if (isOk) {
    lines.push(
      `electronegativity: no untriaged findings (${accepted.length} accepted in ${triageFile}; ${seconds.toFixed(1)} s)`,
    );
  }
  return { isOk, text: lines.join('\n') };
}

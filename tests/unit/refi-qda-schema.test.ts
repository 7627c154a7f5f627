/**
 * Every REFI-QDA project Sourcemark writes is valid against the published QDA-XML 1.0
 * schema (tests/fixtures/refi-qda/Project-mrt2019.xsd, vendored), checked by libxml2's xmllint as
 * formats.md describes. Lives in tests/unit because it writes temp files and runs a
 * program, which the renderer's tsconfig and lint rules forbid. Without xmllint (Debian
 * package libxml2-utils, which .ci/run installs) the check is skipped, saying why.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnotationId, AuthorId, CodebookItemId } from '../../renderer/src/annotation/types';
import { loadDefaultCodebook } from '../../renderer/src/codebook/default-codebook';
import { exportFiles, SAMPLE_OPTIONS } from '../../renderer/src/formats/refi-qda/refi-qda-testing';
import type { ExportInput } from '../../renderer/src/formats/shared/export-input';
import { sampleInput, span } from '../../renderer/src/formats/shared/testing';

const XSD = join(import.meta.dirname, '..', 'fixtures', 'refi-qda', 'Project-mrt2019.xsd');

const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
const hasXmllint = probe.error === undefined && probe.status === 0;
if (!hasXmllint) {
  console.warn(
    `REFI-QDA schema check skipped: xmllint is not available (${probe.error?.message ?? `exit ${probe.status}`}); install libxml2-utils.`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'sourcemark-qde-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict on the project file of `input`: exit status and messages. */
function validate(name: string, input: ExportInput, options = SAMPLE_OPTIONS) {
  const file = join(dir, `${name}.qde`);
  writeFileSync(file, exportFiles(input, options).qde, 'utf8');
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: run.status, messages: run.stderr };
}

const HOSTILE = 'a < b && c > d ]]> "q"\u0000\u0007\uD800\r\n\t\uFFFE 😀 e\u0301';

describe.skipIf(!hasXmllint)('REFI-QDA project.qde against Project-mrt2019.xsd', () => {
  it('validates the sample corpus with every feature', () => {
    expect(validate('sample', sampleInput())).toEqual({
      status: 0,
      messages: expect.stringContaining('validates'),
    });
  });

  it('validates hostile names and notes, two authors and a frame-coded profile', () => {
    const input = sampleInput([
      span('h1', 'claim' as CodebookItemId, 'libre', {
        note: HOSTILE,
        author: 'u2' as AuthorId,
        id: 'h1' as AnnotationId,
        createdAt: 'not a date',
      }),
    ]);
    input.articles[0]!.title = HOSTILE;
    input.annotations.find((a) => a.id === 'd1')!.attributes = { frames: ['frame.economic'] };
    const options = { ...SAMPLE_OPTIONS, projectName: HOSTILE };
    expect(validate('hostile', input, options)).toMatchObject({ status: 0 });
  });

  it('validates with the default codebook, and with nothing to export', () => {
    const options = { ...SAMPLE_OPTIONS, codebookItems: loadDefaultCodebook().items };
    expect(validate('default-codebook', sampleInput(), options)).toMatchObject({ status: 0 });
    const empty = { ...sampleInput(), articles: [], annotations: [] };
    expect(validate('empty', empty, { ...options, codebookItems: [] })).toMatchObject({
      status: 0,
    });
  });
});

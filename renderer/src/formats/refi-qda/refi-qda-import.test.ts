// @vitest-environment jsdom
// (The page's DOMParser parses project.qde; under Node, jsdom's stands in for it.)
import { describe, expect, it, vi } from 'vitest';
import { normaliseText } from '../../text/normal-form';
import type { ExportFile } from '../shared/export-input';
import { sampleInput, TEXT } from '../shared/testing';
import type { RefiQdaRead } from './qde-read-model';
import { userGuid } from './qde-selections';
import { exportRefiQda } from './refi-qda-export';
import { importRefiQda } from './refi-qda-import';
import { SAMPLE_OPTIONS } from './refi-qda-testing';

const parser = new DOMParser();

/** A GUID numbered `n`. */
const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** An archive holding `project.qde` with `body` and the given source files. */
function archive(body: string, origin: string, sources: Record<string, string> = {}): ExportFile[] {
  const qde = `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="${origin}">${body}</Project>`;
  return [
    { path: 'project.qde', content: qde },
    ...Object.entries(sources).map(([name, content]) => ({ path: `sources/${name}`, content })),
  ];
}

function read(files: ExportFile[]): RefiQdaRead {
  const outcome = importRefiQda(files, parser);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.read;
}

/** Each item as `code: quoted text | note`, `whole` for a whole source, `!` for a refusal. */
function summary(project: RefiQdaRead): string[] {
  const texts = new Map(project.articles.map((a) => [a.key, a.text]));
  return project.items.map((item) => {
    if (item.kind === 'error') return `! ${item.location}: ${item.reason}`;
    const { coding } = item;
    const text = texts.get(coding.articleKey)!;
    const where = coding.span
      ? coding.coversWholeText
        ? 'whole text'
        : text.slice(coding.span.start, coding.span.end)
      : 'source';
    return `${coding.code?.name ?? '(note)'}: ${where}${coding.note ? ` | ${coding.note}` : ''}`;
  });
}

const CODES = `<CodeBook><Codes><Code guid="${g(1)}" name="Place" isCodable="true"><Code guid="${g(2)}" name="City" isCodable="true" color="#AABBCC" /></Code></Codes></CodeBook>`;

describe("importRefiQda: Sourcemark's own export comes back", () => {
  it('with the same text, spans, codes, notes and author', () => {
    const { output } = exportRefiQda(sampleInput(), SAMPLE_OPTIONS);
    const project = read(output);
    expect(project.origin).toBe('Sourcemark 0.1.0');
    // The stored text is the normal form: the decomposed accent of the sample is composed.
    expect(project.articles.map((a) => [a.title, a.text])).toEqual([
      ['Titre', normaliseText(TEXT)],
    ]);
    // The file as given is kept beside it, for the formats that give a file back as it came.
    expect(project.articles[0]!.original).toBe(TEXT);
    expect(summary(project)).toEqual([
      'Genre: whole text',
      'Person: ministré',
      'Cue: a dit',
      'Claim: le Kazakhstan est\nun pays libre | =cmd|calc\nsecond line',
      'GPE: Kazakhstan',
      'Loaded language: libre',
    ]);
    expect(project.users).toEqual([{ guid: userGuid('u1' as never), name: 'Ana', id: 'u1' }]);
    const imported = project.items.flatMap((i) => (i.kind === 'imported' ? [i.coding] : []));
    expect(new Set(imported.map((c) => c.userGuid))).toEqual(new Set([userGuid('u1' as never)]));
    expect(imported.every((c) => c.createdAt === '2026-01-01T00:00:00Z')).toBe(true);
    // Entities › Person: the hierarchy is kept for the codebook.
    const person = project.codes.find((c) => c.name === 'Person')!;
    expect(project.codes.find((c) => c.guid === person.parentGuid)?.name).toBe('Entities');
  });
});

describe('importRefiQda: positions as each tool counts them', () => {
  const text = 'Titre\r\nBakou, 11 mars. Aliyev a dit.';
  const source = (start: number, end: number) =>
    `${CODES}<Sources><TextSource guid="${g(10)}" name="Dépêche" plainTextPath="internal://${g(10)}.txt"><PlainTextSelection guid="${g(11)}" startPosition="${start}" endPosition="${end}"><Coding guid="${g(12)}"><CodeRef targetGUID="${g(2)}" /></Coding></PlainTextSelection></TextSource></Sources>`;

  it('counts a CRLF as one character for ATLAS.ti, as two for other tools', () => {
    const files = { [`${g(10)}.txt`]: text };
    const atlas = read(archive(source(6, 11), 'ATLAS.ti for Windows 23.2.3.27778', files));
    const maxqda = read(archive(source(7, 12), 'MAXQDA 2022', files));
    for (const project of [atlas, maxqda]) {
      expect(summary(project)).toEqual(['City: Bakou']);
      expect(project.articles[0]!.text).toBe('Titre\nBakou, 11 mars. Aliyev a dit.');
    }
  });

  it('refuses a selection it cannot place, with the reason, and keeps the rest', () => {
    const body = `${CODES}<Sources><TextSource guid="${g(10)}" name="A"><PlainTextContent>Bakou dit.</PlainTextContent>
      <PlainTextSelection guid="${g(11)}" startPosition="0" endPosition="5"><Coding guid="${g(12)}"><CodeRef targetGUID="${g(2)}" /></Coding></PlainTextSelection>
      <PlainTextSelection guid="${g(13)}" startPosition="6" endPosition="99"><Coding guid="${g(14)}"><CodeRef targetGUID="${g(2)}" /></Coding></PlainTextSelection>
      <PlainTextSelection guid="${g(15)}" startPosition="1.5" endPosition="3"><Coding guid="${g(16)}"><CodeRef targetGUID="${g(2)}" /></Coding></PlainTextSelection>
      <PlainTextSelection guid="${g(17)}" startPosition="0" endPosition="5"><Coding guid="${g(18)}"><CodeRef targetGUID="${g(99)}" /></Coding></PlainTextSelection>
    </TextSource></Sources>`;
    expect(summary(read(archive(body, 'QualCoder 3.5')))).toEqual([
      'City: Bakou',
      '! TextSource “A”, selection 2, code “City”: end 99 is beyond the text (10 code points)',
      '! TextSource “A”, selection 3, code “City”: positions must be whole numbers (got "1.5", "3")',
      `! TextSource “A”, selection 4, code ?: it refers to code ${g(99)}, which the code book does not define`,
    ]);
  });
});

describe('importRefiQda: notes, sources it cannot read, and what it leaves out', () => {
  it('keeps descriptions, referenced and linked notes; counts the rest', () => {
    const body = `<Users><User guid="${g(50)}" name="Aysel" /></Users>${CODES}<Sources>
      <TextSource guid="${g(10)}" name="A" plainTextPath="internal://a.txt">
        <Description>About the source</Description>
        <PlainTextSelection guid="${g(11)}" startPosition="0" endPosition="5" creatingUser="${g(50)}">
          <Description>A city</Description>
          <Coding guid="${g(12)}"><CodeRef targetGUID="${g(2)}" /></Coding>
          <NoteRef targetGUID="${g(30)}" />
        </PlainTextSelection>
        <PlainTextSelection guid="${g(13)}" startPosition="6" endPosition="9" />
        <PlainTextSelection guid="${g(14)}" startPosition="6" endPosition="9" />
        <NoteRef targetGUID="${g(31)}" />
      </TextSource>
      <PictureSource guid="${g(20)}" path="internal://p.png" />
      <TextSource guid="${g(21)}" name="Far" plainTextPath="absolute:///home/me/far.txt">
        <PlainTextSelection guid="${g(22)}" startPosition="0" endPosition="1"><Coding guid="${g(23)}"><CodeRef targetGUID="${g(1)}" /></Coding></PlainTextSelection>
      </TextSource>
    </Sources>
    <Notes>
      <Note guid="${g(30)}" name="memo"><PlainTextContent>Capital since 1920</PlainTextContent></Note>
      <Note guid="${g(31)}" name="file memo" plainTextPath="internal://n.txt" />
      <Note guid="${g(32)}" name="linked memo"><PlainTextContent>Said twice</PlainTextContent></Note>
      <Note guid="${g(33)}" name="journal"><PlainTextContent>Day one</PlainTextContent></Note>
    </Notes>
    <Links><Link guid="${g(40)}" originGUID="${g(32)}" targetGUID="${g(14)}" /></Links>`;
    const project = read(
      archive(body, 'NVivo 14', { 'a.txt': 'Bakou dit.', 'n.txt': 'Memo in a file' }),
    );
    expect(summary(project)).toEqual([
      '(note): source | About the source\n\nMemo in a file',
      'City: Bakou | A city\n\nCapital since 1920',
      '(note): dit | Said twice',
      '! TextSource “Far”, selection 1, code “Place”: its source was not read: its text is outside the project file (absolute:///home/me/far.txt); only internal sources are read',
    ]);
    const city = project.items.find((i) => i.kind === 'imported' && i.coding.code);
    expect(city?.kind === 'imported' && city.coding.userGuid).toBe(g(50));
    expect(project.notes).toEqual([
      'TextSource “Far” was not read: its text is outside the project file (absolute:///home/me/far.txt); only internal sources are read.',
      'Sources not imported (Sourcemark annotates text only): 1 picture.',
      '1 selections carry neither a code nor a note: nothing to import.',
      '1 project notes (memos, journals) are attached to no text: not imported.',
    ]);
  });

  it("ignores a vendor's extension elements, even one named like a standard one", () => {
    const body = `<Sources xmlns:v="urn:vendor"><v:TextSource guid="${g(10)}" name="V"><v:PlainTextContent>x</v:PlainTextContent></v:TextSource><TextSource guid="${g(11)}" name="A"><PlainTextContent>Bakou</PlainTextContent></TextSource></Sources>`;
    expect(read(archive(body, 'x')).articles.map((a) => a.title)).toEqual(['A']);
  });

  it("reads internal sources from the archive's sources/ folder only", () => {
    const body = `<Sources><TextSource guid="${g(10)}" name="A" plainTextPath="internal://../project.qde" /><TextSource guid="${g(11)}" name="B" plainTextPath="internal://b.txt" /></Sources>`;
    const files = [...archive(body, 'x'), { path: 'b.txt', content: 'outside sources/' }];
    const project = read(files);
    expect(project.articles).toEqual([]);
    expect(project.notes).toEqual([
      'TextSource “A” was not read: its text file sources/../project.qde is not in the archive.',
      'TextSource “B” was not read: its text file sources/b.txt is not in the archive.',
    ]);
  });
});

describe('importRefiQda: hostile projects are refused whole, before parsing', () => {
  const refusal = (files: ExportFile[], limits?: { maxChars: number; maxDepth: number }) => {
    const spy = {
      parseFromString: vi.fn((xml: string) => parser.parseFromString(xml, 'application/xml')),
    };
    const outcome = importRefiQda(files, spy, limits);
    return {
      reason: outcome.ok ? 'read' : outcome.reason,
      parsed: spy.parseFromString.mock.calls.length,
    };
  };

  it('refuses entity expansion (billion laughs) and external entities (XXE) unparsed', () => {
    const entities = Array.from({ length: 10 }, (_, i) =>
      i === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
    ).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE Project [${entities}]><Project name="&l9;" />`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;" />`;
    for (const qde of [laughs, xxe]) {
      expect(refusal([{ path: 'project.qde', content: qde }])).toEqual({
        reason: expect.stringContaining('project.qde is refused: it declares a DTD'),
        parsed: 0,
      });
    }
  });

  it('refuses deep nesting and oversized XML unparsed', () => {
    const deep = archive(
      `<CodeBook><Codes>${'<Code guid="x" name="n" isCodable="true">'.repeat(100_000)}</Codes></CodeBook>`,
      'x',
    );
    expect(refusal(deep)).toEqual({
      reason: 'project.qde is refused: its elements nest deeper than 64 levels.',
      parsed: 0,
    });
    const big = archive(`<Description>${'x'.repeat(3 * 1024 * 1024)}</Description>`, 'x');
    expect(refusal(big, { maxChars: 2 * 1024 * 1024, maxDepth: 64 })).toEqual({
      reason: 'project.qde is refused: its XML is 3 MB; the largest read is 2 MB.',
      parsed: 0,
    });
  });

  it('refuses what is not a well-formed QDA-XML project, saying why', () => {
    expect(refusal(archive('<Sources>', 'x')).reason).toMatch(
      /^project.qde is refused: its XML is not well-formed/,
    );
    expect(refusal([{ path: 'project.qde', content: '<Codebook />' }]).reason).toBe(
      'project.qde is not a QDA-XML project (its root is <Codebook>).',
    );
    expect(refusal([{ path: 'sources/a.txt', content: 'x' }]).reason).toBe(
      'The archive holds no project.qde: it is not a REFI-QDA project.',
    );
  });
});

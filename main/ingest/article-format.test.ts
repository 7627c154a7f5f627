import { describe, expect, it } from 'vitest';
import { formatOfName } from './article-format';
import { SUPPORTED_EXTENSIONS } from './limits';

describe('formatOfName', () => {
  it('maps every supported extension, in any case', () => {
    expect(
      ['a.txt', 'b.MD', 'c.markdown', 'd.Html', 'e.HTM', 'f.PDF', 'g.docx'].map(formatOfName),
    ).toEqual(['txt', 'md', 'md', 'html', 'html', 'pdf', 'docx']);
    for (const extension of SUPPORTED_EXTENSIONS)
      expect(formatOfName(`x${extension}`)).toBeDefined();
  });

  it('refuses other extensions and names without one', () => {
    expect(['a.odt', 'b.doc', 'README', 'notes.txt.bak', '.txt'].map(formatOfName)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

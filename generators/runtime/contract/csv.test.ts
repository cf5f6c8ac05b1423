// CSV exports are checked as CSV: quoted fields, ragged rows and a header that is not the documented one.
import { describe, expect, it } from 'vitest';
import { csvProblems, parseCsv } from './csv.ts';

describe('CSV answers', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('names a ragged row, a different header, an unclosed quote and an empty answer', () => {
    expect(csvProblems('a,b\n1,2\n', 'a,b')).toEqual([]);
    expect(csvProblems('a,b\n1,2,3\n', 'a,b')).toEqual(['CSV line 2 has 3 fields, the header 2']);
    expect(csvProblems('a,c\n1,2\n', 'a,b')).toEqual(['the CSV header is "a,c", documented: "a,b"']);
    expect(csvProblems('a,b\n"1,2\n', 'a,b')).toEqual(['the CSV does not parse: a quoted field is never closed']);
    expect(csvProblems('', 'a,b')).toEqual(['the CSV is empty: it has no header line']);
  });
});

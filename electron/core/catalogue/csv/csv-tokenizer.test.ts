import { describe, expect, it } from 'vitest';
import type { CsvSyntaxError } from './csv-tokenizer';
import { CsvTokenizer } from './csv-tokenizer';
import { parseDecimal } from '../../../../shared/decimal';
import { detectDelimiter } from './delimiter';

/** Feeds the text in chunks of the given size, as the file stream does, and collects [line, cells]. */
function tokenize(text: string, chunkSize = text.length || 1, delimiter = ';') {
  const records: [number, string[]][] = [];
  const tokenizer = new CsvTokenizer({ delimiter, maxColumns: 50, maxRecordChars: 10_000 });
  const sink = (cells: string[], line: number) => {
    records.push([line, cells]);
  };
  for (let at = 0; at < text.length; at += chunkSize) tokenizer.write(text.slice(at, at + chunkSize), sink);
  tokenizer.end(sink);
  return records;
}

describe('CsvTokenizer', () => {
  const text = 'a;b;c\r\n"x;1";"say ""hi""";"two\r\nlines"\r\n\r\nlast;;"" \nend;\r';

  it('splits records with quotes, escaped quotes and line breaks, and gives each its first line, whatever the chunking', () => {
    const expected = [
      [1, ['a', 'b', 'c']],
      [2, ['x;1', 'say "hi"', 'two\r\nlines']],
      [4, ['']],
      [5, ['last', '', '"" ']],
      [6, ['end', '']],
    ];
    for (const size of [1, 2, 3, 7, 1000]) expect(tokenize(text, size)).toEqual(expected);
  });

  it('keeps a quote inside an unquoted value as written', () => {
    expect(tokenize('6" screen;x"y\n')).toEqual([[1, ['6" screen', 'x"y']]]);
  });

  it('reports an unclosed quote at the line it opens, and too many columns at the row', () => {
    expect(() => tokenize('a;b\n1;"open\n2;3\n')).toThrow(expect.objectContaining({ problem: 'unclosed-quote', line: 2 }) as CsvSyntaxError);
    expect(() => tokenize(`a\n${';'.repeat(60)}\n`)).toThrow(expect.objectContaining({ problem: 'too-many-columns', line: 2 }) as CsvSyntaxError);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['129,90', 129.9], ['1.299,90', 1299.9], ['1 299,90', 1299.9], ['1\u00a0299,90', 1299.9], ['1,299.90', 1299.9], ['549,90 €', 549.9],
    ['1.5', 1.5], ['1,5', 1.5], ['1.299.000', 1299000], ['1,299,000', 1299000], ['-5', -5], ['42', 42], ['1e-7', 1e-7],
  ])('reads %s as %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['abc', '12,5,3', '1.2.3', ''])('refuses %s', (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter that splits every line alike, and semicolon for a single column', () => {
    expect(detectDelimiter('SKU,Title,Notes\nA,"x; y",z\nB,c,d\n')).toBe(',');
    expect(detectDelimiter('SKU;Title;Notes\nA;"x, y";z\n')).toBe(';');
    expect(detectDelimiter('SKU\tTitle\nA\tB\n')).toBe('\t');
    expect(detectDelimiter('SKU|Title\nA|B\n')).toBe('|');
    expect(detectDelimiter('SKU\nA\n')).toBe(';');
  });
});

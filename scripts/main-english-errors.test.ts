// What main sends the renderer is a message code the renderer words in the merchant's language (saidError, or an
// AppError given its `said`). An AppError with English only reaches the screen in English whatever the language: this
// test fails on any new one, and on any file whose count grows. The counts below are the English-only errors left
// (the debt, file by file); bring a file's count down when you give its errors codes, and never add a file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'core');

/** English-only AppErrors still left, by file under electron/core. */
const LEFT: Readonly<Record<string, number>> = {};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `new AppError(code, message)` or `(code, message, issues)`: no `said`, so no code for the renderer to word. */
function englishOnlyIn(file: string, text: string): number {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let count = 0;
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'AppError' && (node.arguments?.length ?? 0) < 4) count += 1;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return count;
}
const englishOnly = (file: string): number => englishOnlyIn(file, fs.readFileSync(file, 'utf8'));

describe('the failures main sends the renderer', () => {
  const found = new Map(sources(CORE).map((file) => [path.relative(CORE, file).split(path.sep).join('/'), englishOnly(file)]));

  it('reads every service of main, and counts an English-only error where it sees one', () => {
    expect(fs.readFileSync(path.join(CORE, 'errors.ts'), 'utf8')).toContain('export class AppError');
    expect(found.size).toBeGreaterThan(100);
    const sample = "throw new AppError('conflict', 'Sold out.');\nthrow new AppError('conflict', 'Sold out.', undefined, said('orders.moveUnknown'));";
    expect(englishOnlyIn('sample.ts', sample)).toBe(1);
  });

  it('adds no English-only error: a new one goes through saidError with a code in shared/messages/english.ts', () => {
    const grown = [...found]
      .filter(([file, count]) => count > (LEFT[file] ?? 0))
      .map(([file, count]) => `electron/core/${file}: ${count} AppError without a message code (at most ${LEFT[file] ?? 0}); use saidError(code, said(...))`);
    expect(grown).toEqual([]);
  });

  it('keeps the list of what is left honest: a file brought down is brought down here too', () => {
    const stale = Object.entries(LEFT)
      .filter(([file, count]) => (found.get(file) ?? 0) < count)
      .map(([file, count]) => `${file}: ${found.get(file) ?? 0} left, listed as ${count}; lower it here`);
    expect(stale).toEqual([]);
  });
});

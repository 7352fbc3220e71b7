// No text the merchant reads is written in the renderer's JSX: every word goes through t() so it reads in their
// language. Parses each screen with the TypeScript compiler and fails on JSX text, on a string literal shown in JSX
// ({'Save'}, {busy ? 'Saving' : 'Save'}) and on a user-facing attribute (title, aria-label, placeholder, alt, label...)
// given a literal with words. It lives in scripts/ because it reads the renderer's files with Node.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const RENDERER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

/** Attributes whose value a merchant reads or hears (a screen reader reads aria-*). */
const READ_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label', 'emptyLabel', 'allLabel', 'heading', 'description', 'hint', 'message']);

/**
 * Literals that are no language: product identifiers and codes every language writes alike, and addresses.
 * Each is compared with the whole trimmed text.
 */
const NOT_LANGUAGE: readonly RegExp[] = [
  /^(EAN|SKU|IMEI|UUID|CSV|PDF|URL|API|ID)$/, // identifiers and formats, written so in every language
  /^[A-Z]{3}$/, // a currency code (EUR, GBP, SEK)
  /^https?:\/\/\S*$/, // an address, as typed in a field
  /^[\w.-]+@[\w.-]+$/, // an e-mail address
];

/** Words: two letters in a row. A lone letter, a number, punctuation or a symbol (✓, —, ×) says nothing in a language. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
const isLanguage = (text: string) => hasWords(text) && !NOT_LANGUAGE.some((pattern) => pattern.test(text.trim()));

function screens(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return screens(full);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [full] : [];
  });
}

const literalText = (node: ts.Node): string | undefined => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined);

/** The string literals an expression shows as they are: itself, or the branches of a condition (a ? 'x' : 'y', a && 'x', a ?? 'x'). */
function shownLiterals(node: ts.Expression): ts.Node[] {
  const text = literalText(node);
  if (text !== undefined) return [node];
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
    return [...shownLiterals(node.left), ...shownLiterals(node.right)];
  }
  return [];
}

/** Every literal text of a .tsx source a merchant would read, as "file:line: text". */
function literalTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (isLanguage(text)) found.push(`${path.relative(RENDERER, fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of shownLiterals(node.expression)) report(literal, literalText(literal) ?? '');
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression) for (const literal of shownLiterals(value.expression)) report(literal, literalText(literal) ?? '');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the renderer has no literal text the merchant reads', () => {
  it('finds JSX text, shown literals and read attributes, and lets identifiers, codes and addresses be', () => {
    const found = literalTexts(
      path.join(RENDERER, 'Example.tsx'),
      `export const A = ({ busy }: { busy: boolean }) => (
        <div title="Close" aria-label={busy ? 'Saving' : t('save')}>
          Save now {'or later'} {busy && 'Busy'}
          <input placeholder="https://" /> <span>EAN</span> <span>{'GBP'}</span> <i className="not read">✓</i>
        </div>
      );`,
    );
    expect(found).toEqual([
      'Example.tsx:2: "Close"',
      'Example.tsx:2: "Saving"',
      'Example.tsx:3: "Save now"',
      'Example.tsx:3: "or later"',
      'Example.tsx:3: "Busy"',
    ]);
  });

  it('in any screen or component', () => {
    const found = screens(RENDERER).flatMap((file) => literalTexts(file, fs.readFileSync(file, 'utf8')));
    expect(found, 'Put these texts in renderer/i18n/locales/<language>.<area>.json (all six languages) and show them with t()').toEqual([]);
  });
});

// A call's input refused by its schema, as problems the merchant reads in their language: each zod issue becomes a
// message code (input.* in the registry) with the field's path and its limit, instead of zod's English.
import type { z } from 'zod';
import type { CallFailure } from '../../shared/contract';
import { inEnglish } from '../../shared/messages/in-english';
import { said, type MerchantMessage } from '../../shared/messages/merchant-message';

type InputIssue = NonNullable<CallFailure['issues']>[number];
type ZodIssue = z.core.$ZodIssue;

/** Issues are classified by what was given, so the schema is parsed with the input reported on each issue. */
export const PARSE_REPORTING_INPUT = { reportInput: true } as const;

const isSaid = (value: unknown): value is MerchantMessage =>
  typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';

function sizeProblem(issue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>, input: string): MerchantMessage {
  if (issue.code === 'too_small') {
    const minimum = Number(issue.minimum);
    if (issue.origin === 'string') return minimum <= 1 ? said('input.empty', { input }) : said('input.tooShort', { input, minimum });
    if (issue.origin === 'array' || issue.origin === 'set') return said('input.tooFew', { input, minimum });
    return issue.inclusive === false ? said('input.notAboveMinimum', { input, minimum }) : said('input.tooSmall', { input, minimum });
  }
  const maximum = Number(issue.maximum);
  if (issue.origin === 'string') return said('input.tooLong', { input, maximum });
  if (issue.origin === 'array' || issue.origin === 'set') return said('input.tooMany', { input, maximum });
  return issue.inclusive === false ? said('input.notBelowMaximum', { input, maximum }) : said('input.tooBig', { input, maximum });
}

/** The code of one issue; `input` names the field by its path in the call's input. */
export function issueMessage(issue: ZodIssue): MerchantMessage {
  const input = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return said('input.missing', { input });
      if (issue.expected === 'int') return said('input.notWhole', { input });
      if (issue.expected === 'number') return said('input.notNumber', { input });
      return said('input.wrongKind', { input });
    case 'too_small':
    case 'too_big':
      return sizeProblem(issue, input);
    case 'not_multiple_of':
      return said('input.notMultiple', { input, divisor: Number(issue.divisor) });
    case 'invalid_format':
      if (issue.format === 'email') return said('input.badEmail', { input });
      if (issue.format === 'url') return said('input.badUrl', { input });
      return said('input.badFormat', { input });
    case 'invalid_value':
      return said('input.notChoice', { input });
    case 'unrecognized_keys':
      return said('input.unknownKeys', { keys: issue.keys.join(', ') });
    case 'custom': {
      // A refinement may carry its own code (params: { said }); else it is worded by kind.
      const own: unknown = issue.params?.said;
      return isSaid(own) ? own : said('input.invalid', { input });
    }
    default:
      return said('input.invalid', { input });
  }
}

/** The issues as a failure carries them: the path, zod's English for the log, and the code for the merchant. */
export const inputIssues = (issues: readonly ZodIssue[]): InputIssue[] =>
  issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, said: issueMessage(issue) }));

/** The failure of a refused input: its first problem in the message (English) and in `said`, every problem in `issues`. */
export function refusedInput(error: z.core.$ZodError): CallFailure {
  const issues = inputIssues(error.issues);
  const first = error.issues[0];
  if (!first) {
    const invalid = said('input.invalid', { input: '' });
    return { code: 'invalid-input', message: inEnglish(invalid), said: invalid };
  }
  const path = first.path.map(String).join('.');
  return { code: 'invalid-input', message: `${path ? `${path}: ` : ''}${first.message}`, said: issueMessage(first), issues };
}

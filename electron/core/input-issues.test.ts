import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { said } from '../../shared/messages/merchant-message';
import { inEnglish } from '../../shared/messages/in-english';
import { dispatch } from './dispatch';
import { PARSE_REPORTING_INPUT, refusedInput } from './input-issues';
import type { Handlers } from '../../shared/contract';

const schema = z
  .object({
    name: z.string().trim().min(1).max(10),
    code: z.string().min(3),
    quantity: z.number().int().min(0).max(9),
    share: z.number().gt(0).lt(1),
    step: z.number().multipleOf(5),
    tags: z.array(z.string()).min(1).max(2),
    email: z.string().email(),
    site: z.string().url(),
    ref: z.string().regex(/^R\d+$/, 'Not a reference such as R12'),
    mode: z.enum(['fast', 'slow']),
    flag: z.boolean(),
    even: z.number().refine((value) => value % 2 === 0, 'Must be even'),
    size: z.number().refine((value) => value < 100, { message: 'Too large', params: { said: said('files.tooLarge', { megabytes: 60 }) } }),
  })
  .strict();

function codesOf(input: unknown) {
  const parsed = schema.safeParse(input, PARSE_REPORTING_INPUT);
  if (parsed.success) throw new Error('expected a refusal');
  return refusedInput(parsed.error);
}

describe('an input refused by its schema, as codes', () => {
  it('gives every kind of problem its code, with the field and its limit', () => {
    const failure = codesOf({
      name: '  ',
      code: 'ab',
      quantity: 1.5,
      share: 1,
      step: 7,
      tags: ['a', 'b', 'c'],
      email: 'nobody',
      site: 'nowhere',
      ref: 'X1',
      mode: 'medium',
      flag: 'yes',
      even: 3,
      size: 200,
      extra: true,
    });
    expect(failure.issues?.map((issue) => issue.said)).toEqual([
      said('input.empty', { input: 'name' }),
      said('input.tooShort', { input: 'code', minimum: 3 }),
      said('input.notWhole', { input: 'quantity' }),
      said('input.notBelowMaximum', { input: 'share', maximum: 1 }),
      said('input.notMultiple', { input: 'step', divisor: 5 }),
      said('input.tooMany', { input: 'tags', maximum: 2 }),
      said('input.badEmail', { input: 'email' }),
      said('input.badUrl', { input: 'site' }),
      said('input.badFormat', { input: 'ref' }),
      said('input.notChoice', { input: 'mode' }),
      said('input.wrongKind', { input: 'flag' }),
      said('input.invalid', { input: 'even' }),
      said('files.tooLarge', { megabytes: 60 }),
      said('input.unknownKeys', { keys: 'extra' }),
    ]);
    // The log keeps what the schema said, in English.
    expect(failure.issues?.find((issue) => issue.path === 'ref')?.message).toBe('Not a reference such as R12');
  });

  it('tells a missing value from a wrong one, and a number too small or too large from a text too long', () => {
    const failure = codesOf({ name: 'x'.repeat(11), code: 'abc', quantity: -1, share: 0, tags: [], email: 'a@b.co', site: 'https://a.b', ref: 'R1', mode: 'fast', flag: true, even: 2, size: 1 });
    expect(failure.issues?.map((issue) => issue.said)).toEqual([
      said('input.tooLong', { input: 'name', maximum: 10 }),
      said('input.tooSmall', { input: 'quantity', minimum: 0 }),
      said('input.notAboveMinimum', { input: 'share', minimum: 0 }),
      said('input.missing', { input: 'step' }),
      said('input.tooFew', { input: 'tags', minimum: 1 }),
    ]);
    expect(failure.said).toEqual(said('input.tooLong', { input: 'name', maximum: 10 }));
    expect(failure.message).toBe('name: Too big: expected string to have <=10 characters');
  });

  it("words a field in English for the log by Back Market's name, else by its path", () => {
    expect(inEnglish(said('input.tooLong', { input: 'product.title', maximum: 500 }))).toBe('Title: at most 500 characters; this is longer. Shorten it.');
    expect(inEnglish(said('input.tooBig', { input: 'limit', maximum: 500 }))).toBe('limit: 500 or less. Enter a smaller number.');
    expect(inEnglish(said('input.invalid', { input: '' }))).toBe('This value: not valid here. Check it and try again.');
  });

  it("is what dispatch answers before any service sees the input, the staged file's size limit with its own code", async () => {
    const outcome = await dispatch({} as Handlers, 'files:stage', { name: 'big.csv', bytes: new Uint8Array(61 * 1024 * 1024) });
    expect(outcome).toMatchObject({
      ok: false,
      failure: { code: 'invalid-input', said: { code: 'files.tooLarge', params: { megabytes: 60 } }, message: expect.stringMatching(/larger than 60 MB/) },
    });
  });
});

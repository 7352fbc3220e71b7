// Refusals main raises while the merchant maps a file travel as message codes: the merchant reads them in their own
// language, while main's log keeps the same English as before.
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, type Handlers } from '../../shared/contract';
import { dispatch } from '../../electron/core/dispatch';
import { planColumns } from '../../electron/core/catalogue/csv/row-values';
import { parseMappingFile } from '../../electron/core/mapping/mapping-file';
import { CallError, messageOf } from '../api/call-error';

/** Every call answers by running `fail`, the way a service would throw while handling it. */
const handlersThatRun = (fail: () => unknown): Handlers =>
  Object.fromEntries(CALL_NAMES.map((name) => [name, async () => fail()])) as unknown as Handlers;

async function failureOf(fail: () => unknown): Promise<CallError> {
  const outcome = await dispatch(handlersThatRun(fail), 'catalogue:list', {});
  if (outcome.ok) throw new Error('the call was expected to fail');
  return new CallError(outcome.failure);
}

describe('a refusal from main, worded for the merchant', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('two CSV columns on the same field: German for the merchant, the unchanged English in the message', async () => {
    const error = await failureOf(() =>
      planColumns(['Ref', 'SKU'], [
        { kind: 'field', field: 'productNumber' },
        { kind: 'field', field: 'productNumber' },
      ]),
    );
    expect(error.message).toBe('The columns "Ref" and "SKU" are both mapped to the same field. Map one of them to something else.');
    await i18next.changeLanguage('de');
    expect(messageOf(error, 'x')).toBe('Die Spalten „Ref“ und „SKU“ sind beide demselben Feld zugeordnet. Ordnen Sie eine davon etwas anderem zu.');
  });

  it('a mapping file that is not JSON: French around the parser\'s own words', async () => {
    const error = await failureOf(() => parseMappingFile('{ not json'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/^This file is not a valid mapping file: it is not readable JSON \(.+\)\. Choose a file exported from Refurb Desk's mapping screen\.$/);
    await i18next.changeLanguage('fr');
    expect(messageOf(error, 'x')).toMatch(/^Ce fichier n’est pas un fichier de correspondances valide : ce n’est pas du JSON lisible \(.+\)\. Choisissez un fichier exporté/);
  });
});

// An input main's schema refuses comes back field by field as codes: the merchant reads each field's problem in their
// own language, with the field's name and its limit, while main's log keeps zod's English.
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, type Handlers } from '../../shared/contract';
import { dispatch } from '../../electron/core/dispatch';
import { problemsFromIssues } from '../screens/catalogue/product-form-model';
import { CallError, messageOf } from '../api/call-error';
import { messageText } from './message-text';

const handlers = (): Handlers => Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(async () => ({}))])) as unknown as Handlers;

async function refusal(name: string, input: unknown): Promise<CallError> {
  const outcome = await dispatch(handlers(), name, input);
  if (outcome.ok) throw new Error(`${name} was expected to be refused`);
  return new CallError(outcome.failure);
}

/** Each refused field's text in the language the UI is in, by the field's name in the form. */
const wordedFields = (error: CallError) => problemsFromIssues(error.issues, (message) => messageText(message));

const BAD_PRODUCT = {
  product: {
    productNumber: '   ',
    title: 'x'.repeat(501),
    ean: '1'.repeat(21),
    description: 42,
    price: 'cheap',
  },
};

describe('an input refused by main, field by field', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('in French: every field of a product says its problem in French, with its name and its limit', async () => {
    const error = await refusal('catalogue:save', BAD_PRODUCT);
    expect(error.code).toBe('invalid-input');
    await i18next.changeLanguage('fr');
    expect(wordedFields(error)).toEqual({
      productNumber: 'Référence produit : vide. Renseignez-le.',
      title: 'Titre : au plus 500 caractères ; ce texte est plus long. Raccourcissez-le.',
      ean: 'EAN : au plus 20 caractères ; ce texte est plus long. Raccourcissez-le.',
      description: 'Description : ce type de valeur n’est pas attendu ici. Actualisez l’écran et réessayez.',
      price: `${i18next.t('fields.price')} : un nombre. Saisissez uniquement des chiffres.`,
    });
    // What the screen shows when it has no form to put the fields in: the first problem, in French too.
    expect(messageOf(error, 'x')).toBe('Référence produit : vide. Renseignez-le.');
  });

  it('in German, the same refusal in German; main keeps its English for the log', async () => {
    const error = await refusal('catalogue:save', BAD_PRODUCT);
    expect(error.message).toMatch(/^product\.productNumber: /);
    expect(error.issues.map((issue) => issue.path)).toEqual(['product.productNumber', 'product.title', 'product.description', 'product.ean', 'product.price']);
    await i18next.changeLanguage('de');
    const fields = wordedFields(error);
    expect(fields.title).toBe('Titel: höchstens 500 Zeichen; dieser Text ist länger. Kürzen Sie ihn.');
    expect(fields.productNumber).toBe(`${i18next.t('fields.productNumber')}: leer. Bitte ausfüllen.`);
  });

  it('names a settings field the product form does not have, and says "this value" for one without a name', async () => {
    const error = await refusal('connection:connect', {
      environment: 'production',
      token: 'abc',
      company: '',
      email: 'not an address',
      countries: [],
    });
    await i18next.changeLanguage('fr');
    const texts = error.issues.map((issue) => (issue.said ? messageText(issue.said) : issue.message));
    expect(texts).toEqual([
      'Nom de la société : vide. Renseignez-le.',
      'E-mail de contact : ce n’est pas une adresse e-mail. Saisissez-en une comme nom@exemple.fr.',
      'Pays : choisissez-en au moins 1.',
    ]);
    const unnamed = await refusal('catalogue:list', { limit: 100_000 });
    expect(messageOf(unnamed, 'x')).toBe('Cette valeur : 500 ou moins. Saisissez un nombre plus petit.');
  });

  it('words a limit as a number of the language (100 000 in French)', async () => {
    const error = await refusal('catalogue:delete', { ids: Array.from({ length: 100_001 }, (_, index) => index + 1) });
    await i18next.changeLanguage('fr');
    expect(messageOf(error, 'x')).toMatch(/^Cette valeur : au plus 100\s000 à la fois\. Choisissez-en moins\.$/);
  });
});

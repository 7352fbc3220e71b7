// Every code main may send has its text in all six languages with the same {{placeholders}} as English, and the
// renderer words a failure main sent in the merchant's language rather than main's English.
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../shared/contract/preferences-calls';
import { ENGLISH_MESSAGES } from '../../shared/messages/english';
import { inEnglish } from '../../shared/messages/in-english';
import { englishTemplate, said, storedMessage, storeMessage } from '../../shared/messages/merchant-message';
import { CallError, messageOf } from '../api/call-error';
import { flattenTexts, placeholdersOf } from './key-sets';
import { LOCALES } from './locales';
import { messageText } from './message-text';

const codes = [...flattenTexts({ messages: ENGLISH_MESSAGES }).keys()].map((key) => key.replace(/^messages\./, ''));

describe('the codes of the messages main sends', () => {
  it('has codes to check', () => {
    expect(codes).toContain('fault.disk-full');
    expect(codes).toContain('changedElsewhere.price');
  });

  it.each(UI_LANGUAGES)('%s words every code with English\'s placeholders', (language) => {
    const texts = flattenTexts(LOCALES[language] ?? {});
    const problems: string[] = [];
    for (const code of codes) {
      const text = texts.get(`messages.${code}`);
      if (text === undefined || text.trim() === '') {
        problems.push(`messages.${code}: missing; add it to renderer/i18n/locales/${language}.messages.json`);
        continue;
      }
      const wanted = placeholdersOf(englishTemplate(code) ?? '');
      const has = placeholdersOf(text);
      for (const name of wanted) if (!has.has(name)) problems.push(`messages.${code}: lacks {{${name}}}`);
      for (const name of has) if (!wanted.has(name)) problems.push(`messages.${code}: has {{${name}}} that English does not send`);
    }
    expect(problems).toEqual([]);
  });

  it('translates rather than copies English (only a bare placeholder may read the same)', () => {
    for (const language of UI_LANGUAGES.filter((candidate) => candidate !== 'en')) {
      const texts = flattenTexts(LOCALES[language] ?? {});
      const copies = codes.filter((code) => texts.get(`messages.${code}`) === englishTemplate(code) && !/^{{\w+}}$/.test(englishTemplate(code) ?? ''));
      expect(copies, language).toEqual([]);
    }
  });
});

describe('wording a message', () => {
  afterEach(async () => {
    await i18next.changeLanguage('en');
  });

  it('words the same message in English for the log and in German for the merchant', async () => {
    const message = said('changedElsewhere.price', { price: '389.00', currency: 'EUR', sentPrice: '399.00' });
    expect(inEnglish(message)).toBe('the price is 389.00 EUR on Back Market (Refurb Desk sent 399.00)');
    await i18next.changeLanguage('de');
    expect(messageText(message)).toBe('der Preis ist 389.00 EUR bei Back Market (Refurb Desk hat 399.00 gesendet)');
  });

  it("shows a failure from main in French, and main's own text when it came without a code", async () => {
    await i18next.changeLanguage('fr');
    const withCode = new CallError({ code: 'not-found', message: 'This product was not found.', said: said('notFound.product') });
    expect(messageOf(withCode, 'x')).toBe('Ce produit est introuvable. Il a peut-être été supprimé ; actualisez la liste.');
    const withoutCode = new CallError({ code: 'conflict', message: 'As main wrote it.' });
    expect(messageOf(withoutCode, 'x')).toBe('As main wrote it.');
  });

  it('reads a stored message back, and keeps a text stored before codes as it was written', () => {
    const message = said('changedElsewhere.quantity', { quantity: 1, sentQuantity: 3 });
    expect(storedMessage(storeMessage(message))).toEqual(message);
    expect(storedMessage('Changed outside Refurb Desk: the quantity is 1.')).toEqual({ code: 'stored.verbatim', params: { text: 'Changed outside Refurb Desk: the quantity is 1.' } });
    expect(storedMessage('')).toBeNull();
    expect(messageText(storedMessage('{not json') ?? said('fault.internal'))).toBe('{not json');
  });
});

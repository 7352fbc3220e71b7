// At start the UI takes the language main kept, and stays in the system's language when none was chosen.
import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { useTranslation } from 'react-i18next';
import { createFakeApi } from '../test/fake-api';
import { renderWithApi } from '../test/render';
import { StoredLanguage } from './StoredLanguage';

function Title() {
  const { t } = useTranslation();
  return <h1>{t('nav.settings')}</h1>;
}

afterEach(async () => {
  await i18next.changeLanguage('en');
});

describe('StoredLanguage', () => {
  it('switches to the stored language and marks the document with it', async () => {
    renderWithApi(
      <>
        <StoredLanguage />
        <Title />
      </>,
      createFakeApi({ 'preferences:get': () => ({ language: 'nl' }) }).api,
    );
    expect(await screen.findByRole('heading', { name: 'Instellingen' })).toBeTruthy();
    expect(i18next.language).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('keeps the system language when nothing was chosen or main cannot answer', async () => {
    const fake = createFakeApi({ 'preferences:get': () => ({ language: null }) });
    renderWithApi(
      <>
        <StoredLanguage />
        <Title />
      </>,
      fake.api,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.callsOf('preferences:get')).toEqual([{}]);
    expect(screen.getByRole('heading', { name: 'Settings' })).toBeTruthy();

    renderWithApi(<StoredLanguage />, createFakeApi({}).api);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(i18next.language).toBe('en');
  });
});

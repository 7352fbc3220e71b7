// Where the token may go, the User-Agent it travels with, and the markets a call may name.
import { describe, expect, it } from 'vitest';
import { checkBaseUrl, resolveBaseUrl } from './base-url';
import { createBackMarketClient } from './client';
import { buildUserAgent, sanitizeCompany } from './headers';
import { checkMarketCode, EU_MARKETS } from './markets';
import { RateLimiter } from './rate-limiter';

const base = { token: 't0k3n', company: 'Acme', email: 'a@acme.example', limiter: new RateLimiter() };

describe('resolveBaseUrl', () => {
  it("answers the contract's EU servers and loopback sandboxes", () => {
    expect(resolveBaseUrl('production')).toBe('https://www.backmarket.fr');
    expect(resolveBaseUrl('preprod')).toBe('https://preprod.backmarket.fr');
    expect(resolveBaseUrl({ sandboxUrl: 'http://127.0.0.1:8787' })).toBe('http://127.0.0.1:8787');
    expect(resolveBaseUrl({ sandboxUrl: 'http://localhost:8787/' })).toBe('http://localhost:8787');
  });

  it.each([
    'https://127.0.0.1:8787',
    'http://127.0.0.1',
    'http://evil.example:8787',
    'http://127.0.0.1.evil.example:80',
    'http://user:pass@127.0.0.1:8787',
    'http://127.0.0.1:8787/ws',
    'http://localhost:8787?x=1',
    'http://10.0.0.2:8787',
    'not a url',
  ])('refuses %s', (sandboxUrl) => {
    expect(() => resolveBaseUrl({ sandboxUrl })).toThrow(/sandbox address/);
  });

  it('refuses other hosts, also when given straight to the client', () => {
    expect(() => resolveBaseUrl('staging' as never)).toThrow(/Unknown Back Market environment/);
    expect(() => checkBaseUrl('https://www.backmarket.com')).toThrow();
    expect(() => createBackMarketClient({ ...base, baseUrl: 'https://api.example.com' })).toThrow(/never sent elsewhere/);
    expect(createBackMarketClient({ ...base, baseUrl: 'https://www.backmarket.fr/' }).baseUrl).toBe('https://www.backmarket.fr');
  });
});

describe('User-Agent', () => {
  it('is BM-<Company>-RefurbDesk;<email> with a safe company name', () => {
    expect(buildUserAgent('Ré-Tech Paris; S.A.S', 'ops@retech.example')).toBe('BM-ReTechParisSAS-RefurbDesk;ops@retech.example');
    expect(buildUserAgent('Acme', 'a@b.example\r\nX-Evil: 1')).toBe('BM-Acme-RefurbDesk;a@b.exampleX-Evil:1');
    expect(sanitizeCompany('---')).toBe('Merchant');
  });
});

describe('markets', () => {
  it('lists the 13 EU markets, the guide eight suggested', () => {
    expect(EU_MARKETS).toHaveLength(13);
    expect(EU_MARKETS.filter((market) => market.suggested).map((market) => market.code)).toEqual(['de-de', 'fr-be', 'fr-fr', 'es-es', 'it-it', 'de-at', 'en-gb', 'nl-nl']);
  });

  it('refuses a market outside the EU platform, for the client and forCountry', () => {
    expect(checkMarketCode('FR-fr')).toBe('fr-fr');
    expect(() => checkMarketCode('en-us')).toThrow(/not a Back Market EU market/);
    const client = createBackMarketClient({ ...base, baseUrl: 'http://127.0.0.1:1' });
    expect(client.country).toBe('fr-fr');
    expect(client.forCountry('sv-se').country).toBe('sv-se');
    expect(() => client.forCountry('nl-be')).toThrow(/not a Back Market EU market/);
  });

  it('refuses an empty or malformed token without repeating it', () => {
    expect(() => createBackMarketClient({ ...base, baseUrl: 'http://127.0.0.1:1', token: '  ' })).toThrow(/empty/);
    expect(() => createBackMarketClient({ ...base, baseUrl: 'http://127.0.0.1:1', token: 'abc def' })).toThrow(/not a Back Market API token/);
  });
});

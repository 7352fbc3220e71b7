// The language preference goes through the settings adapter, so it is still there when the app starts again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { DEFAULT_SETTINGS } from '../connection/connection-settings';
import { openNodeSettings } from '../../platform/settings';
import { preferencesHandlers } from './preferences-handlers';
import { createPreferencesService, LANGUAGE_SETTING } from './preferences-service';
import type { Handlers } from '../../../shared/contract';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-preferences-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const openSettings = () => openNodeSettings({ cwd: dir, defaults: DEFAULT_SETTINGS });

describe('the preferences service', () => {
  it('follows the system until a language is chosen', () => {
    expect(createPreferencesService(openSettings()).get()).toEqual({ language: null });
  });

  it('keeps the chosen language in the settings file, across a restart', () => {
    const settings = openSettings();
    expect(createPreferencesService(settings).setLanguage('fr')).toEqual({ language: 'fr' });
    expect(JSON.parse(fs.readFileSync(settings.path, 'utf8'))).toMatchObject({ [LANGUAGE_SETTING]: 'fr' });
    // The connection's own settings are untouched.
    expect(settings.get('connection.mode')).toBe('none');

    const afterRestart = createPreferencesService(openSettings());
    expect(afterRestart.get()).toEqual({ language: 'fr' });
    afterRestart.setLanguage('nl');
    expect(createPreferencesService(openSettings()).get()).toEqual({ language: 'nl' });
  });

  it('treats a value it does not ship as no choice', () => {
    const settings = openSettings();
    settings.set(LANGUAGE_SETTING, 'tlh');
    expect(createPreferencesService(settings).get()).toEqual({ language: null });
  });

  it('refuses a language the app does not ship at the contract edge', async () => {
    const handlers = preferencesHandlers(createPreferencesService(openSettings())) as unknown as Handlers;
    const refused = await dispatch(handlers, 'preferences:setLanguage', { language: 'tlh' });
    expect(refused.ok).toBe(false);
    expect(await dispatch(handlers, 'preferences:setLanguage', { language: 'de' })).toEqual({ ok: true, value: { language: 'de' } });
    expect(await dispatch(handlers, 'preferences:get', {})).toEqual({ ok: true, value: { language: 'de' } });
  });
});

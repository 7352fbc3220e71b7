// The settings adapter: conf under plain Node and electron-store in Electron, the same shape and the same file format.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openElectronSettings, openNodeSettings } from './settings';

const userData = vi.hoisted(() => ({ dir: '' }));
vi.mock('electron', () => {
  const app = { getPath: (name: string) => (name === 'userData' ? userData.dir : ''), getVersion: () => '9.9.9' };
  const ipcMain = { on: () => undefined };
  return { default: { app, ipcMain, shell: {} }, app, ipcMain, shell: {} };
});

interface TestSettings extends Record<string, unknown> {
  environment: 'sandbox' | 'production';
  countries: string[];
  'contact.email': string;
}
const defaults: TestSettings = { environment: 'sandbox', countries: ['fr-fr'], 'contact.email': '' };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-settings-'));
  userData.dir = dir;
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('openNodeSettings (conf)', () => {
  it('starts from the defaults', () => {
    const settings = openNodeSettings({ cwd: dir, defaults });
    expect(settings.all()).toEqual(defaults);
    expect(settings.get('environment')).toBe('sandbox');
  });

  it('round-trips values through the file in the given folder', () => {
    const settings = openNodeSettings({ cwd: dir, defaults });
    settings.set('environment', 'production');
    settings.set('countries', ['fr-fr', 'de-de']);
    expect(settings.path).toBe(path.join(dir, 'settings.json'));

    const reopened = openNodeSettings({ cwd: dir, defaults });
    expect(reopened.get('environment')).toBe('production');
    expect(reopened.get('countries')).toEqual(['fr-fr', 'de-de']);
    expect(JSON.parse(fs.readFileSync(settings.path, 'utf8'))).toMatchObject({ environment: 'production', countries: ['fr-fr', 'de-de'] });
  });

  it('treats a dotted key as one literal key', () => {
    const settings = openNodeSettings({ cwd: dir, defaults });
    settings.set('contact.email', 'shop@example.com');
    const onDisk = JSON.parse(fs.readFileSync(settings.path, 'utf8')) as Record<string, unknown>;
    expect(onDisk['contact.email']).toBe('shop@example.com');
    expect(onDisk.contact).toBeUndefined();
  });

  it('is readable by its owner only', () => {
    const settings = openNodeSettings({ cwd: dir, defaults });
    settings.set('environment', 'production');
    if (process.platform !== 'win32') expect(fs.statSync(settings.path).mode & 0o777).toBe(0o600);
  });

  it('resets to the defaults', () => {
    const settings = openNodeSettings({ cwd: dir, defaults, name: 'other' });
    settings.set('environment', 'production');
    settings.reset();
    expect(openNodeSettings({ cwd: dir, defaults, name: 'other' }).all()).toEqual(defaults);
  });
});

describe('openElectronSettings (electron-store)', () => {
  it("keeps the file in Electron's userData folder, readable by the conf adapter", async () => {
    const settings = await openElectronSettings({ defaults });
    settings.set('countries', ['es-es']);
    expect(settings.path).toBe(path.join(dir, 'settings.json'));
    expect(openNodeSettings({ cwd: dir, defaults }).get('countries')).toEqual(['es-es']);
  });
});

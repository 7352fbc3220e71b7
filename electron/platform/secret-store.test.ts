// The API token store: encrypted with (a mocked) safeStorage in its own file, refused when encryption is unavailable,
// memory-only for preview and tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../core/errors';
import {
  createKeyringOrMemorySecretStore,
  createMemorySecretStore,
  createSafeStorageSecretStore,
  SecretStorageUnavailableError,
  SecretUnreadableError,
  TOKEN_FILE_NAME,
  type SafeStorageLike,
} from './secret-store';

const TOKEN = 'bW9jay10b2tlbi1mb3ItdGVzdHM=';

/** A stand-in for safeStorage: a reversible transform with a header, so the ciphertext is visibly not the token. */
function fakeSafeStorage(overrides: Partial<SafeStorageLike> = {}) {
  return {
    isEncryptionAvailable: vi.fn(() => true),
    encryptString: vi.fn((plain: string) => Buffer.concat([Buffer.from('v10'), Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)])),
    decryptString: vi.fn((encrypted: Buffer) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(encrypted.subarray(3).map((byte) => byte ^ 0x5a)).toString('utf8');
    }),
    getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
    ...overrides,
  };
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refurb-secret-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('createSafeStorageSecretStore', () => {
  it('stores only ciphertext, in its own owner-only file, and reads the token back', () => {
    const safeStorage = fakeSafeStorage();
    const store = createSafeStorageSecretStore({ dataDir: dir, safeStorage });
    expect(store.status()).toBe('absent');
    expect(store.read()).toBeUndefined();

    store.save(`  ${TOKEN}\n`);
    expect(safeStorage.encryptString).toHaveBeenCalledWith(TOKEN);
    const file = path.join(dir, TOKEN_FILE_NAME);
    const onDisk = fs.readFileSync(file);
    expect(onDisk.toString('latin1')).not.toContain(TOKEN);
    expect(onDisk.subarray(0, 3).toString()).toBe('v10');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual([TOKEN_FILE_NAME]);

    expect(store.status()).toBe('configured');
    expect(createSafeStorageSecretStore({ dataDir: dir, safeStorage }).read()).toBe(TOKEN);
  });

  it('refuses to save when encryption is unavailable, and writes nothing', () => {
    const safeStorage = fakeSafeStorage({ isEncryptionAvailable: () => false });
    const store = createSafeStorageSecretStore({ dataDir: dir, safeStorage });
    expect(() => store.save(TOKEN)).toThrow(SecretStorageUnavailableError);
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(store.status()).toBe('absent');
  });

  it("refuses Linux's basic_text backend, whose key is the same in every copy of Electron", () => {
    const safeStorage = fakeSafeStorage({ getSelectedStorageBackend: () => 'basic_text' });
    const store = createSafeStorageSecretStore({ dataDir: dir, safeStorage, platform: 'linux' });
    expect(() => store.save(TOKEN)).toThrow(SecretStorageUnavailableError);
    expect(fs.readdirSync(dir)).toEqual([]);
    // The backend is a Linux notion only.
    createSafeStorageSecretStore({ dataDir: dir, safeStorage, platform: 'darwin' }).save(TOKEN);
    expect(fs.readdirSync(dir)).toEqual([TOKEN_FILE_NAME]);
  });

  it('explains the failure in words the merchant can act on', () => {
    const store = createSafeStorageSecretStore({ dataDir: dir, safeStorage: fakeSafeStorage({ isEncryptionAvailable: () => false }) });
    try {
      store.save(TOKEN);
      expect.unreachable('save should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('unavailable');
      expect((error as AppError).message).toMatch(/keyring/);
      expect((error as AppError).message).not.toContain(TOKEN);
    }
  });

  it('reports a token it can no longer decrypt, instead of returning garbage', () => {
    fs.writeFileSync(path.join(dir, TOKEN_FILE_NAME), Buffer.from('not ours'));
    const store = createSafeStorageSecretStore({ dataDir: dir, safeStorage: fakeSafeStorage() });
    expect(store.status()).toBe('configured');
    expect(() => store.read()).toThrow(SecretUnreadableError);
  });

  it('refuses an empty token and clears a saved one', () => {
    const store = createSafeStorageSecretStore({ dataDir: dir, safeStorage: fakeSafeStorage() });
    expect(() => store.save('   ')).toThrow(/empty/);
    store.save(TOKEN);
    store.clear();
    expect(store.status()).toBe('absent');
    expect(store.read()).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('createMemorySecretStore', () => {
  it('keeps the token in memory only', () => {
    const store = createMemorySecretStore();
    expect(store.persistence).toBe('memory');
    expect(store.status()).toBe('absent');
    store.save(` ${TOKEN} `);
    expect(store.read()).toBe(TOKEN);
    expect(store.status()).toBe('configured');
    expect(createMemorySecretStore().read()).toBeUndefined();
    store.clear();
    expect(store.read()).toBeUndefined();
  });
});

describe('createKeyringOrMemorySecretStore', () => {
  it('encrypts when it can, and when the keyring is unavailable keeps the token in memory only and says so', () => {
    const encrypted = createSafeStorageSecretStore({ dataDir: dir, safeStorage: fakeSafeStorage() });
    const store = createKeyringOrMemorySecretStore(encrypted);
    store.save(TOKEN);
    expect(store.persistence).toBe('encrypted-file');
    expect(store.encryptionUnavailable).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([TOKEN_FILE_NAME]);
    store.clear();

    const locked = createKeyringOrMemorySecretStore(createSafeStorageSecretStore({ dataDir: dir, safeStorage: fakeSafeStorage({ isEncryptionAvailable: () => false }) }));
    locked.save(TOKEN);
    expect(locked.persistence).toBe('memory');
    expect(locked.encryptionUnavailable).toBe(true);
    expect(locked.read()).toBe(TOKEN);
    expect(locked.status()).toBe('configured');
    expect(fs.readdirSync(dir)).toEqual([]);
    locked.clear();
    expect(locked.read()).toBeUndefined();
  });
});

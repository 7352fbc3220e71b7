// Where the Back Market API token is kept: encrypted with the OS keychain (Electron's safeStorage) in its own file,
// or in memory only (browser preview, tests). It is read in main for the API client and never handed to the
// renderer: the renderer only ever sees status(). No Electron import here — safeStorage is passed in — so the
// preview can use the memory store without loading Electron.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/errors';

export type SecretStatus = 'configured' | 'absent';

export interface SecretStore {
  /** Whether the token survives a restart: an encrypted file, or memory only. */
  readonly persistence: 'encrypted-file' | 'memory';
  /** True when the system keyring refused to encrypt, so the token is kept in memory until the app quits. */
  readonly encryptionUnavailable?: boolean;
  /** All the renderer may learn about the token. */
  status(): SecretStatus;
  /** The token, for main's Back Market client only. Undefined when none is saved. */
  read(): string | undefined;
  save(token: string): void;
  clear(): void;
}

/** The parts of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only; "basic_text" means a hard-coded key, which is obfuscation, not encryption. */
  getSelectedStorageBackend?(): string;
}

export const TOKEN_FILE_NAME = 'backmarket-token.bin';
/** A Back Market token is a few hundred characters; anything far longer is a paste accident. */
const MAX_TOKEN_LENGTH = 4096;

export class SecretStorageUnavailableError extends AppError {
  constructor() {
    super(
      'unavailable',
      "Refurb Desk cannot store your Back Market API token safely on this computer: the system's password keyring " +
        '(Keychain, Windows credentials, or GNOME Keyring / KWallet on Linux) is not available. ' +
        'Unlock or install it, then restart Refurb Desk and enter the token again.',
    );
  }
}

export class SecretUnreadableError extends AppError {
  constructor() {
    super(
      'unavailable',
      'Your saved Back Market API token could not be unlocked on this computer (the system keyring may have changed). ' +
        'Enter your token again in Settings; your catalogue and pending changes are kept.',
    );
  }
}

function checkedToken(token: string): string {
  const trimmed = typeof token === 'string' ? token.trim() : '';
  if (trimmed === '') throw new AppError('invalid-input', 'Paste your Back Market API token; the field is empty.');
  if (trimmed.length > MAX_TOKEN_LENGTH) {
    throw new AppError('invalid-input', 'This does not look like a Back Market API token: it is far too long. Copy it again from your Back Market account.');
  }
  return trimmed;
}

export interface SafeStorageSecretStoreOptions {
  /** The app's data folder (userData); the ciphertext goes to its own file there, outside the settings file. */
  dataDir: string;
  safeStorage: SafeStorageLike;
  platform?: NodeJS.Platform;
}

export function createSafeStorageSecretStore({ dataDir, safeStorage, platform = process.platform }: SafeStorageSecretStoreOptions): SecretStore {
  const file = path.join(dataDir, TOKEN_FILE_NAME);

  // Refuse rather than fall back: a token "encrypted" with a key every copy of the app knows is a token in plain text.
  const requireEncryption = () => {
    if (!safeStorage.isEncryptionAvailable()) throw new SecretStorageUnavailableError();
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') throw new SecretStorageUnavailableError();
  };

  return {
    persistence: 'encrypted-file',
    status: () => (fs.existsSync(file) ? 'configured' : 'absent'),
    read() {
      let ciphertext: Buffer;
      try {
        ciphertext = fs.readFileSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      requireEncryption();
      try {
        return safeStorage.decryptString(ciphertext);
      } catch {
        throw new SecretUnreadableError();
      }
    },
    save(token) {
      const plain = checkedToken(token);
      requireEncryption();
      const ciphertext = safeStorage.encryptString(plain);
      fs.mkdirSync(dataDir, { recursive: true });
      // Written beside and renamed over, so a crash mid-write never leaves half a token that cannot be decrypted.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, ciphertext, { mode: 0o600 });
      fs.renameSync(temporary, file);
    },
    clear() {
      fs.rmSync(file, { force: true });
    },
  };
}

/** Preview and tests: the token lives as long as the process, and never touches the disk or the OS keychain. */
export function createMemorySecretStore(): SecretStore {
  let token: string | undefined;
  return {
    persistence: 'memory',
    status: () => (token === undefined ? 'absent' : 'configured'),
    read: () => token,
    save(value) {
      token = checkedToken(value);
    },
    clear() {
      token = undefined;
    },
  };
}

/**
 * Electron: the encrypted store, and when the system keyring cannot encrypt, memory until the app quits (the merchant
 * is told so through encryptionUnavailable) — never a plain-text file.
 */
export function createKeyringOrMemorySecretStore(encrypted: SecretStore): SecretStore {
  const memory = createMemorySecretStore();
  let unavailable = false;
  return {
    get persistence() {
      return unavailable ? 'memory' : encrypted.persistence;
    },
    get encryptionUnavailable() {
      return unavailable;
    },
    status: () => (memory.status() === 'configured' ? 'configured' : encrypted.status()),
    read() {
      const inMemory = memory.read();
      if (inMemory !== undefined) return inMemory;
      try {
        return encrypted.read();
      } catch (error) {
        if (error instanceof SecretStorageUnavailableError) {
          unavailable = true;
          return undefined;
        }
        throw error;
      }
    },
    save(token) {
      try {
        encrypted.save(token);
        memory.clear();
        unavailable = false;
      } catch (error) {
        if (!(error instanceof SecretStorageUnavailableError)) throw error;
        unavailable = true;
        memory.save(token);
      }
    },
    clear() {
      memory.clear();
      encrypted.clear();
    },
  };
}

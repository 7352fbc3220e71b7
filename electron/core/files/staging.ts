// Files the merchant chose to import, copied into the data folder under a random id so later calls never take a path from the renderer.
// A staged file lives until its import succeeded (or the next start): staging never keeps filling the disk.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { saidError } from '../errors';
import { said } from '../../../shared/messages/merchant-message';

export interface StagedFile {
  fileId: string;
  sizeBytes: number;
}

export interface FileStaging {
  stage(name: string, bytes: Uint8Array): StagedFile;
  /** The path of a staged file; an unknown id is an error the merchant can act on. */
  pathOf(fileId: string): string;
  remove(fileId: string): void;
}

/** Removes what earlier runs left (files never imported, uploads cut short); a failure to clean never stops the start. */
function clearLeftovers(dir: string, log: { error(message: string, detail?: unknown): void }): void {
  try {
    for (const name of fs.readdirSync(dir)) {
      if (/^[a-f0-9]{32}\.upload(\.partial)?$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
    }
  } catch (error) {
    log.error(`Could not clear the staged files in ${dir}`, error);
  }
}

export function createFileStaging(dir: string, log: { error(message: string, detail?: unknown): void } = console): FileStaging {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    // A read-only data folder: the app still starts (read-only); staging a file then fails with a message.
    log.error(`Could not create the staging folder ${dir}`, error);
  }
  clearLeftovers(dir, log);
  const fileOf = (fileId: string) => path.join(dir, `${fileId}.upload`);
  return {
    stage(_name, bytes) {
      const fileId = crypto.randomBytes(16).toString('hex');
      const partial = `${fileOf(fileId)}.partial`;
      try {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(partial, bytes);
        fs.renameSync(partial, fileOf(fileId));
      } catch (error) {
        // A full disk: the part already written is removed at once, so a failed upload never takes the last free space.
        fs.rmSync(partial, { force: true });
        throw error;
      }
      return { fileId, sizeBytes: bytes.byteLength };
    },
    pathOf(fileId) {
      const file = fileOf(fileId);
      if (!/^[a-f0-9]{32}$/.test(fileId) || !fs.existsSync(file)) {
        throw saidError('not-found', said('files.noLongerAvailable'));
      }
      return file;
    },
    remove(fileId) {
      fs.rmSync(fileOf(fileId), { force: true });
    },
  };
}

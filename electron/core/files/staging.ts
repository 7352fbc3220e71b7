// Files the merchant chose to import, copied into the data folder under a random id so later calls never take a path from the renderer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

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

export function createFileStaging(dir: string): FileStaging {
  fs.mkdirSync(dir, { recursive: true });
  const fileOf = (fileId: string) => path.join(dir, `${fileId}.upload`);
  return {
    stage(_name, bytes) {
      const fileId = crypto.randomBytes(16).toString('hex');
      fs.writeFileSync(fileOf(fileId), bytes);
      return { fileId, sizeBytes: bytes.byteLength };
    },
    pathOf(fileId) {
      const file = fileOf(fileId);
      if (!/^[a-f0-9]{32}$/.test(fileId) || !fs.existsSync(file)) {
        throw new AppError('not-found', 'The chosen file is no longer available. Choose the file again to import it.');
      }
      return file;
    },
    remove(fileId) {
      fs.rmSync(fileOf(fileId), { force: true });
    },
  };
}

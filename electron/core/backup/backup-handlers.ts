// Binds the backup entries of the contract to the backup service.
import type { Handlers } from '../../../shared/contract';
import type { BackupService } from './backup-service';

type BackupHandlers = Pick<Handlers, 'backup:status' | 'backup:list' | 'backup:create' | 'backup:restore' | 'backup:exportAll' | 'backup:importAll' | 'backup:copyDamaged' | 'backup:saveOpen' | 'backup:startEmpty'>;

export function backupHandlers(backups: BackupService): BackupHandlers {
  return {
    'backup:status': async () => backups.status(),
    'backup:list': async () => backups.list(),
    'backup:create': () => backups.create(),
    'backup:restore': ({ id }) => backups.restore(id),
    'backup:exportAll': async () => backups.exportAll(),
    'backup:importAll': ({ fileId }) => backups.importAll(fileId),
    'backup:copyDamaged': async () => backups.copyDamaged(),
    'backup:saveOpen': () => backups.saveOpen(),
    'backup:startEmpty': () => backups.startEmpty(),
  };
}

// The banner shown over every screen when the open catalogue takes no changes: the file or its folder is read-only
// (what to check to fix it), or the file disappeared or was replaced while the app ran (save what the app holds).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupStatus, CatalogueProblem } from '../../shared/backup';
import { useApi } from '../api/ApiContext';
import { messageOf } from '../api/call-error';
import { Alert } from '../components/Alert';

const folderOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '') || file;

export function CatalogueProblemBanner({ problem, status }: { problem: CatalogueProblem; status: BackupStatus }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => api.call('backup:saveOpen', {}),
    onSuccess: () => void queryClient.invalidateQueries({ predicate: (query) => typeof query.queryKey[0] === 'string' && query.queryKey[0].startsWith('backup:') }),
  });
  const file = status.file ?? '';
  const lost = problem.kind === 'file-gone' || problem.kind === 'file-replaced';

  return (
    <section className="token-banner" role="alert" aria-labelledby="catalogue-problem-title" data-testid="catalogue-problem-banner">
      <h2 id="catalogue-problem-title">{t(`catalogueProblem.${problem.kind}.title`)}</h2>
      <p>{t(`catalogueProblem.${problem.kind}.body`, { file, folder: folderOf(file) })}</p>
      <p>{t(`catalogueProblem.${problem.kind}.fix`)}</p>
      {problem.detail && <p className="mono">{t('catalogueProblem.detail', { detail: problem.detail })}</p>}
      {lost && !save.data && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => save.mutate()} disabled={save.isPending}>
            {t(problem.kind === 'file-gone' ? 'catalogueProblem.savePutBack' : 'catalogueProblem.saveAsBackup')}
          </button>
        </div>
      )}
      {save.data && (
        <Alert tone="success">{save.data.putBack ? t('catalogueProblem.putBack') : t('catalogueProblem.savedAsBackup', { name: save.data.saved.id })}</Alert>
      )}
      {save.isError && <Alert>{messageOf(save.error, t('errors.unexpected'))}</Alert>}
    </section>
  );
}

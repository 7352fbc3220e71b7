// The running import: phase, rows read and bytes, from the import:progress events main pushes.
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../shared/catalogue';
import { ProgressBar } from '../../components/ProgressBar';
import { formatBytes } from '../catalogue/format';

export function ImportProgressView({ progress }: { progress: ImportProgress | null }) {
  const { t, i18n } = useTranslation();
  if (!progress) return <ProgressBar label={t('import.starting')} fraction={null} />;
  const fraction = progress.phase === 'done' ? 1 : progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : null;
  return (
    <ProgressBar
      label={t(`import.phases.${progress.phase}`)}
      fraction={fraction}
      detail={t('import.progressDetail', {
        rows: new Intl.NumberFormat(i18n.language).format(progress.rowsRead),
        read: formatBytes(progress.bytesRead, i18n.language),
        total: formatBytes(progress.totalBytes, i18n.language),
      })}
    />
  );
}

// What the catalogue shows before the first import: one clear way forward.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../shell/use-hash-route';

export function EmptyCatalogue() {
  const { t } = useTranslation();
  return (
    <div className="empty-state" data-testid="catalogue-empty">
      <div className="empty-illustration" aria-hidden="true">
        ▤
      </div>
      <h2>{t('catalogue.empty')}</h2>
      <p>{t('catalogue.emptyHint')}</p>
      <a className="button button-primary" href={hrefOf('import')}>
        {t('catalogue.importCsv')}
      </a>
    </div>
  );
}

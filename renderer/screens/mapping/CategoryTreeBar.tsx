// The stored Back Market category tree: when it was fetched, how large it is, and a button to fetch it again.
import { useTranslation } from 'react-i18next';
import type { CategoryTreeInfo } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { Alert } from '../../components/Alert';
import { useDateFormat } from './format-date';
import { useFormat } from '../../i18n/format';

export function CategoryTreeBar({ tree }: { tree: CategoryTreeInfo }) {
  const { t } = useTranslation();
  const format = useFormat();
  const formatDate = useDateFormat();
  const refresh = useMappingCall('mapping:categoryTree');
  return (
    <div className="tree-bar">
      <p className="muted" data-testid="category-tree-info">
        {tree.fetchedAt
          ? t('mapping.categories.treeFetched', { date: formatDate(tree.fetchedAt), leaves: tree.leafCount })
          : t('mapping.categories.treeNever')}
        {(tree.languages ?? []).length > 1 && (
          <> {t('mapping.categories.treeLanguages', { languages: format.list((tree.languages ?? []).map((entry) => t(`languages.${entry.language}`, { defaultValue: entry.language }))) })}</>
        )}
      </p>
      {(tree.missingLanguages ?? []).length > 0 && tree.fetchedAt && (
        <Alert>{t('mapping.categories.treeLanguagesMissing', { languages: format.list((tree.missingLanguages ?? []).map((code) => t(`languages.${code}`, { defaultValue: code }))) })}</Alert>
      )}
      <button type="button" className="button button-small" disabled={refresh.isPending} onClick={() => refresh.mutate({ refresh: true })}>
        {refresh.isPending ? t('mapping.categories.refreshing') : t('mapping.categories.refresh')}
      </button>
      {refresh.isError && <Alert>{t('mapping.categories.refreshFailed', { message: messageOf(refresh.error, t('errors.unexpected')) })}</Alert>}
    </div>
  );
}

// The Units screen: every device in the ledger. A scan (or typed code) opens the device it names, or the form to record
// it; the list filters by status and search; devices come in by CSV too.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_STATUSES, type UnitStatus } from '../../../shared/device-units';
import { useApi } from '../../api/ApiContext';
import { messageOf } from '../../api/call-error';
import { useUnitsChangedRefresh } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { saveDownload } from '../../components/save-download';
import { SearchInput } from '../../components/SearchBox';
import { AddUnitForm } from './AddUnitForm';
import { ScanField } from './ScanField';
import { UnitDetailPanel } from './UnitDetailPanel';
import { UnitList } from './UnitList';
import { UnitsImport } from './UnitsImport';
import './units.css';

export function UnitsScreen() {
  const { t } = useTranslation();
  const api = useApi();
  useUnitsChangedRefresh();
  const [status, setStatus] = useState<UnitStatus | 'all'>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [scanError, setScanError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const download = async (name: 'units:export' | 'units:exportSales') => {
    try {
      const exported = await api.call(name, {});
      saveDownload(exported.content, exported.fileName, 'text/csv');
    } catch (caught) {
      setScanError(messageOf(caught, t('units.export.failed')));
    }
  };

  const scan = async (code: string) => {
    setScanError(null);
    setNotice(null);
    try {
      const found = await api.call('units:findByCode', { code });
      if (found) {
        setAdding(null);
        setSelected(found.id);
      } else {
        setSelected(null);
        setAdding(code);
      }
    } catch (caught) {
      setScanError(messageOf(caught, t('units.scan.failed')));
    }
  };

  return (
    <div className="units-screen">
      <div className="units-toolbar">
        <ScanField onScan={(code) => void scan(code)} />
        <button type="button" className="button" onClick={() => setImporting((open) => !open)} data-testid="units-import-open">
          {t('units.import.open')}
        </button>
        <button type="button" className="button" onClick={() => void download('units:export')} data-testid="units-export">
          {t('units.export.units')}
        </button>
        <button type="button" className="button" onClick={() => void download('units:exportSales')} data-testid="units-export-sales">
          {t('units.export.sales')}
        </button>
      </div>
      {scanError && <Alert>{scanError}</Alert>}
      {notice && (
        <Alert tone="success" testId="unit-added" onDismiss={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {importing && <UnitsImport onClose={() => setImporting(false)} />}
      <div className="units-filters">
        <label className="sr-only" htmlFor="units-status-filter">
          {t('units.filters.status')}
        </label>
        <select id="units-status-filter" className="select" value={status} onChange={(event) => setStatus(event.target.value as UnitStatus | 'all')}>
          <option value="all">{t('units.filters.all')}</option>
          {UNIT_STATUSES.map((candidate) => (
            <option key={candidate} value={candidate}>
              {t(`units.status.${candidate}`)}
            </option>
          ))}
        </select>
        <SearchInput value={search} onSearch={setSearch} className="input" placeholder={t('units.filters.search')} aria-label={t('units.filters.search')} />
      </div>
      <div className="units-body">
        <UnitList query={{ status, search }} selectedId={selected} onSelect={(id) => { setAdding(null); setSelected(id); }} />
        {adding !== null ? (
          <AddUnitForm
            key={adding}
            code={adding}
            onCancel={() => setAdding(null)}
            onAdded={(unit) => {
              setAdding(null);
              setSelected(unit.id);
              setNotice(t('units.form.added', { identifier: unit.imei ?? unit.serialNumber, sku: unit.sku }));
              document.querySelector<HTMLInputElement>('[data-testid="unit-scan"]')?.focus();
            }}
          />
        ) : (
          selected !== null && <UnitDetailPanel key={selected} unitId={selected} />
        )}
      </div>
    </div>
  );
}

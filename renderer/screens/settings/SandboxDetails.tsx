// In sandbox mode, what a demo or a test needs to drive the built-in sandbox marketplace: its address and the secret of
// its control API, each with a copy button, and its README (how to create orders, rotate the token, inject faults).
// The secret controls only this local sandbox, never a Back Market account.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import sandboxReadme from '../../../electron/sandbox/README.md?raw';
import { Dialog } from '../../components/Dialog';
import './sandbox-details.css';

function CopyValue({ label, value, testId }: { label: string; value: string; testId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd className="copy-value">
        <code data-testid={testId}>{value}</code>{' '}
        <button type="button" className="button button-small" aria-label={t('sandboxDetails.copy', { what: label })} onClick={() => void copy()}>
          {t('sandboxDetails.copyShort')}
        </button>{' '}
        <span role="status" className="muted">
          {copied === 'yes' ? t('sandboxDetails.copied') : copied === 'failed' ? t('sandboxDetails.copyFailed') : ''}
        </span>
      </dd>
    </div>
  );
}

export function SandboxDetails({ url, controlSecret }: { url: string; controlSecret: string }) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  return (
    <section className="settings-section" aria-labelledby="sandbox-details-title" data-testid="sandbox-details">
      <h2 id="sandbox-details-title">{t('sandboxDetails.title')}</h2>
      <p className="muted">{t('sandboxDetails.intro')}</p>
      <dl className="summary-list">
        <CopyValue label={t('sandboxDetails.address')} value={url} testId="sandbox-address" />
        <CopyValue label={t('sandboxDetails.controlSecret')} value={controlSecret} testId="sandbox-control-secret" />
      </dl>
      <p className="field-hint">{t('sandboxDetails.example', { header: 'X-Sandbox-Secret', path: '/__sandbox/state' })}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setReading(true)}>
          {t('sandboxDetails.readme')}
        </button>
      </div>
      {reading && (
        <Dialog title={t('sandboxDetails.readmeTitle')} onClose={() => setReading(false)} testId="sandbox-readme">
          <pre className="sandbox-readme">{sandboxReadme}</pre>
        </Dialog>
      )}
    </section>
  );
}

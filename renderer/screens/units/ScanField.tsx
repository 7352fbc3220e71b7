// A field a barcode scanner types into: a scanner is a keyboard that ends with Enter, so Enter hands the code over,
// clears the field and keeps the focus for the next device.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function ScanField({ onScan, busy }: { onScan(code: string): void; busy?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const input = useRef<HTMLInputElement>(null);
  return (
    <form
      className="unit-scan"
      onSubmit={(event) => {
        event.preventDefault();
        const scanned = code.trim();
        if (scanned === '') return;
        onScan(scanned);
        setCode('');
        input.current?.focus();
      }}
    >
      <label htmlFor={id}>{t('units.scan.label')}</label>
      <input
        ref={input}
        id={id}
        className="input unit-scan-input"
        value={code}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('units.scan.placeholder')}
        data-testid="unit-scan"
        aria-busy={busy}
        autoFocus
        onChange={(event) => setCode(event.target.value)}
      />
      <span className="field-hint">{t('units.scan.hint')}</span>
    </form>
  );
}

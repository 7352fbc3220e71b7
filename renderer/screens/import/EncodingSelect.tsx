// The encodings offered by name, as one select: in the file summary and where a stopped import asks "Is the encoding right?".
import { useTranslation } from 'react-i18next';
import { CSV_ENCODINGS, type CsvEncoding } from '../../../shared/catalogue';

interface EncodingSelectProps {
  id?: string;
  value: CsvEncoding;
  disabled: boolean;
  label?: string;
  testId?: string;
  onChange(encoding: CsvEncoding): void;
}

export function EncodingSelect({ id, value, disabled, label, testId, onChange }: EncodingSelectProps) {
  const { t } = useTranslation();
  return (
    <select id={id} className="select" value={value} disabled={disabled} aria-label={label} data-testid={testId} onChange={(event) => onChange(event.target.value as CsvEncoding)}>
      {CSV_ENCODINGS.map((encoding) => (
        <option key={encoding} value={encoding}>
          {t(`import.encodings.${encoding}`)}
        </option>
      ))}
    </select>
  );
}

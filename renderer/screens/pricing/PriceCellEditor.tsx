// One price of the matrix, edited in place: Enter or leaving the box saves it (empty removes the stored price so the
// mapped source applies again), Escape puts the old one back. Beside it, what the merchant keeps after Back Market's
// commission, shipping and the DEEE fee, warned when that is below the cost price.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MarketCountry, PriceCell } from '../../../shared/mapping';
import { messageOf } from '../../api/call-error';
import { useMappingCall } from '../../api/mapping-queries';
import { parseFieldInput } from '../catalogue/field-input';
import { useMoneyFormat } from './money';

interface PriceCellEditorProps {
  productId: number;
  productNumber: string;
  country: MarketCountry;
  countryName: string;
  cell: PriceCell | undefined;
}

/** A price as the box shows it: always two decimals, as a price reads, with the language's decimal mark (389,90 in French). */
const priceText = (price: number | null, decimalMark: string) => (price === null ? '' : price.toFixed(2).replace('.', decimalMark));

/** The decimal mark of a language: "," in French or German, "." in English. */
const decimalMarkOf = (language: string) => new Intl.NumberFormat(language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';

export function PriceCellEditor({ productId, productNumber, country, countryName, cell }: PriceCellEditorProps) {
  const { t, i18n } = useTranslation();
  const money = useMoneyFormat();
  const decimalMark = decimalMarkOf(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const setPrice = useMappingCall('pricing:setPrice');
  const stored = cell?.price ?? null;
  const [draft, setDraft] = useState(priceText(stored, decimalMark));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(priceText(stored, decimalMark)), [stored, decimalMark]);

  function commit() {
    const value = parseFieldInput('price', draft);
    if (value === stored) return;
    if (value !== null && (typeof value !== 'number' || value <= 0)) {
      setProblem(t('pricing.notAPrice', { value: draft }));
      return;
    }
    setProblem(null);
    setPrice.mutate({ productId, country: country.code, price: value }, { onError: (error) => setProblem(messageOf(error, t('errors.unexpected'))) });
  }

  const breakdown = cell?.breakdown ?? null;
  const label = t('pricing.priceOf', { productNumber, country: countryName });
  const shownProblem = problem ?? cell?.problem ?? null;
  return (
    <div className={`price-cell${cell?.origin === 'mapped' ? ' price-cell-mapped' : ''}`} data-country={country.code}>
      <input
        className={`input price-input${shownProblem ? ' input-invalid' : ''}`}
        inputMode="decimal"
        aria-label={label}
        aria-invalid={shownProblem ? true : undefined}
        value={draft}
        placeholder="—"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setDraft(priceText(stored, decimalMark));
            setProblem(null);
          }
        }}
      />
      {breakdown && (
        <span
          className={`keeps${cell?.belowCost ? ' keeps-below-cost' : ''}`}
          data-testid="keeps"
          title={t('pricing.breakdown', {
            price: money(breakdown.price, country.currency),
            commission: money(breakdown.commission, country.currency),
            shipping: money(breakdown.shipping, country.currency),
            deee: money(breakdown.deee, country.currency),
          })}
        >
          {cell?.belowCost && <span aria-hidden="true">⚠ </span>}
          {t('pricing.keeps', { amount: money(breakdown.keeps, country.currency) })}
          {cell?.belowCost && <span className="sr-only">{t('pricing.belowCost')}</span>}
        </span>
      )}
      {shownProblem && <span className="field-error">{shownProblem}</span>}
    </div>
  );
}

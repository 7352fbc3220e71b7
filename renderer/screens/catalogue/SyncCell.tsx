// The Catalogue's Sync cell: where the product's offers stand in the enabled markets, read by main with the Listings
// grid's facts (never derived here), as a small mark with its words in the title and for assistive technology.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../shared/catalogue';

export function SyncCell({ product }: { product: ProductRow }) {
  const { t } = useTranslation();
  const mark = (state: string, text: string, glyph: ReactNode, className = 'muted') => (
    <span className={`sync-mark ${className}`} title={text} data-sync={state}>
      {glyph}
      <span className="sr-only">{text}</span>
    </span>
  );
  const dot = (tone: string) => <span className={`pending-dot ${tone}`} aria-hidden="true" />;
  switch (product.sync) {
    case 'synced':
      return <span className="sr-only" data-sync="synced">{t('catalogue.synced')}</span>;
    case 'pending':
      return mark('pending', t('catalogue.pending'), dot(''), 'pending-marker');
    case 'held-back':
      return mark('held-back', t('catalogue.syncState.held-back'), dot('sync-dot-held'), 'pending-marker');
    case 'refused':
      return mark('refused', t('catalogue.syncState.refused'), <span aria-hidden="true">✕</span>, 'sync-mark-refused');
    case 'unconfirmed':
      return mark('unconfirmed', t('catalogue.syncState.unconfirmed'), <span aria-hidden="true">?</span>);
    case 'partly-sent':
      return mark('partly-sent', t('catalogue.syncState.partly-sent'), <span aria-hidden="true">◐</span>);
    case 'not-sent':
      return mark('not-sent', t('catalogue.syncState.not-sent'), '–');
    case undefined:
      break;
  }
  // Not read (a parent of variations, or the markets not known): the outbox and Back Market's copy alone.
  if (product.pending) return mark('pending', t('catalogue.pending'), dot(''), 'pending-marker');
  if (product.onBackMarket === false && product.childCount === 0) return mark('not-sent', t('catalogue.notSent'), '–');
  return <span className="sr-only">{t('catalogue.synced')}</span>;
}

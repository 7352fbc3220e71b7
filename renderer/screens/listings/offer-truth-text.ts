// How the status model's answer reads: the guide's word (Published, None, Pending, Not sent), the standing beside it
// with its reason, since when, a change held back or waiting, and the fix. Screens compose these words; they never derive a state themselves.
import type { TFunction } from 'i18next';
import type { OfferStanding, OfferTruth } from '../../../shared/offer-status';
import type { OfferStatus } from '../../../shared/sync';

export const STATUS_TONE: Record<OfferStatus, string> = {
  published: 'badge-ok',
  none: 'badge-danger',
  pending: 'badge-warning',
  'not-sent': '',
};

export const STANDING_TONE: Record<OfferStanding, string> = {
  'on-sale': 'badge-ok',
  'not-on-sale': 'badge-warning',
  unconfirmed: '',
  pending: 'badge-warning',
  'held-back': 'badge-danger',
  refused: 'badge-danger',
  'not-sent': '',
};

/** Standings that say the same as the guide's word (Pending · pending), in every language. */
const STANDING_REPEATS_WORD: Record<OfferStanding, boolean> = {
  'on-sale': false,
  'not-on-sale': false,
  unconfirmed: false,
  pending: true,
  'held-back': false,
  refused: false,
  'not-sent': false,
};

/** The tone of the word's badge: a published offer that cannot be bought is not shown as all well. */
export const truthTone = (truth: OfferTruth): string => (truth.standing === 'not-on-sale' || truth.changeHeld ? 'badge-warning' : STATUS_TONE[truth.word]);

/**
 * The standing beside the guide's word: "not on sale: missing comment", "held back"... A standing that only repeats the
 * word (Pending) is left out, so the badge reads "Pending" and the line only its reason: "sent, no answer yet".
 */
export function standingLine(t: TFunction, truth: OfferTruth, formatDate?: (iso: string) => string): string {
  // Kept off by the merchant's choice: the dry run's words for the same fact, alone (it was never synchronised there by choice).
  if (truth.reason === 'kept-off') return t('sync.plan.keptOff');
  const standing = STANDING_REPEATS_WORD[truth.standing] ? '' : t(`truth.standing.${truth.standing}`);
  const reason = truth.reason ? t(`truth.reason.${truth.reason}`) : '';
  const since = truth.since && formatDate ? t('truth.since', { date: formatDate(truth.since) }) : '';
  const said = reason && standing ? t('truth.withReason', { standing, reason }) : reason || standing;
  const line = [said, since].filter(Boolean).join(' ');
  // What Back Market holds, then that the merchant's change is held back or waits: "on sale · your change held back",
  // "on sale · change pending" (the offers the header counts as waiting for the next sync).
  if (truth.changeHeld) return t('truth.withChangeHeld', { standing: line });
  return truth.changeWaiting ? t('truth.withChangeWaiting', { standing: line }) : line;
}

/** What to do about it, or '' when nothing is to be done. */
export function truthFix(t: TFunction, truth: OfferTruth): string {
  if (truth.changeHeld) return t('truth.fix.changeHeld');
  if (truth.reason === 'kept-off') return t('truth.fix.kept-off');
  if (truth.standing === 'not-on-sale' && truth.reason) return t(`truth.fix.${truth.reason}`);
  if (truth.standing === 'held-back' || truth.standing === 'refused' || truth.standing === 'unconfirmed') return t(`truth.fix.${truth.standing}`);
  return '';
}

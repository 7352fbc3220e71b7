// The dry run: what a sync would send now (per kind and country, tasks and lines, the hour's budget, what waits and
// when it goes, what the pre-flight check holds back, markets sent texts of another language) and each offer field by
// field, country by country, in its language; sends nothing.
import { useTranslation } from 'react-i18next';
import type { ChangeKind, FieldChange, PlannedOffer, PlanSummary } from '../../shared/sync';
import { CHANGE_ORDER } from '../../shared/sync';
import { messageOf } from '../api/call-error';
import { useCallQuery } from '../api/queries';
import { Alert } from '../components/Alert';
import { Dialog } from '../components/Dialog';
import { DialogActions } from '../components/DialogActions';
import { TableHead } from '../components/TableHead';
import { useFormat } from '../i18n/format';
import { fieldLabel } from '../i18n/field-text';
import { useCountryName } from '../screens/mapping/country-name';
import { PlanLanguageWarnings } from './PlanLanguageWarnings';
import { planValueText } from './plan-values';

/** Offers listed in the dialog; the summary counts them all. */
export const PLAN_OFFERS_SHOWN = 500;

interface SyncPlanDialogProps {
  onClose(): void;
  onSyncNow(): void;
}

const byCountryThenSku = (a: PlannedOffer, b: PlannedOffer) => a.country.localeCompare(b.country) || a.sku.localeCompare(b.sku);

/** The offers held back, every market together: those on a Back Market listing, those in a market never read, the others. */
function heldWhere(summary: PlanSummary): { offers: number; onBackMarket: number; notRead: number } {
  const total = { offers: 0, onBackMarket: 0, notRead: 0 };
  for (const entry of summary.blocked) {
    total.offers += entry.offers;
    total.onBackMarket += entry.onBackMarket;
    total.notRead += entry.notRead;
  }
  return total;
}

/** What each group of held-back offers means on Back Market: kept as it holds them, not there at all, or not known yet. */
function HeldWhere({ held }: { held: { offers: number; onBackMarket: number; notRead: number } }) {
  const { t } = useTranslation();
  const elsewhere = held.offers - held.onBackMarket - held.notRead;
  return (
    <ul className="inline-list" style={{ flexDirection: 'column', gap: 2, margin: 0 }} data-testid="plan-held-where">
      {held.onBackMarket > 0 && <li>{t('sync.plan.held.onBackMarket', { count: held.onBackMarket })}</li>}
      {elsewhere > 0 && <li>{t('sync.plan.held.notOnBackMarket', { count: elsewhere })}</li>}
      {held.notRead > 0 && <li>{t('sync.plan.held.notRead', { count: held.notRead })}</li>}
    </ul>
  );
}

function PlanSummaryView({ summary }: { summary: PlanSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const kinds = (counts: Record<ChangeKind, number>) =>
    format.list(CHANGE_ORDER.filter((kind) => counts[kind] > 0).map((kind) => t(`sync.plan.kind.${kind}`, { count: counts[kind] })));
  const sendNow = kinds(summary.send);
  const held = heldWhere(summary);
  // "Back Market has everything" only when nothing is held back either; "Back Market keeps what it has" only when it holds
  // every offer held back: the others are on no listing of it (or it is not known), and the Held back row says which.
  const nothing =
    held.offers === 0 ? t('sync.plan.nothing') : held.onBackMarket === held.offers ? t('sync.plan.nothingHeld', { count: held.offers }) : t('sync.plan.held.nothingSee', { count: held.offers });
  return (
    <dl className="summary-list" data-testid="plan-summary">
      <div className="summary-row">
        <dt>{t('sync.plan.sendNow')}</dt>
        <dd data-testid="plan-send-now">{sendNow || nothing}</dd>
      </div>
      <div className="summary-row">
        <dt>{t('sync.plan.tasks')}</dt>
        <dd>
          {summary.tasks.length === 0
            ? t('sync.plan.noTasks')
            : format.list(summary.tasks.map((task) => t('sync.plan.task', { country: countryName(task.country), count: task.lines })))}
          {summary.realtime > 0 && <div>{t('sync.plan.realtime', { count: summary.realtime })}</div>}
          {(summary.minPrices ?? 0) > 0 && <div data-testid="plan-min-prices">{t('sync.plan.minPrices', { count: summary.minPrices })}</div>}
        </dd>
      </div>
      <div className="summary-row">
        <dt>{t('sync.plan.budget')}</dt>
        <dd>{t('sync.plan.budgetText', { count: summary.linesNow, lines: format.number(summary.linesNow), left: format.number(summary.budgetLeft) })}</dd>
      </div>
      {summary.deferred && (
        <div className="summary-row">
          <dt>{t('sync.plan.deferred')}</dt>
          <dd data-testid="plan-deferred">
            {t('sync.plan.deferredText', { what: kinds(summary.deferred.byKind), time: format.date(summary.deferred.nextAt), count: summary.deferred.lines })}
          </dd>
        </div>
      )}
      <div className="summary-row">
        <dt>{t('sync.plan.blocked')}</dt>
        <dd data-testid="plan-blocked">
          {summary.blocked.length === 0
            ? t('sync.plan.noneBlocked')
            : format.list(summary.blocked.map((entry) => t('sync.plan.blockedIn', { country: countryName(entry.country), count: entry.offers })))}
          {summary.blocked.length > 0 && <HeldWhere held={held} />}
          {summary.blocked.length > 0 && <div className="muted">{t('sync.plan.blockedHint')}</div>}
        </dd>
      </div>
      {(summary.withoutComment ?? []).length > 0 && (
        <div className="summary-row">
          <dt>{t('truth.plan.withoutComment')}</dt>
          <dd data-testid="plan-without-comment">
            {format.list((summary.withoutComment ?? []).map((entry) => t('truth.plan.withoutCommentIn', { country: countryName(entry.country), count: entry.offers })))}
            <div className="muted">{t('truth.plan.withoutCommentHint')}</div>
          </dd>
        </div>
      )}
      {(summary.keptOff ?? []).length > 0 && (
        <div className="summary-row" data-testid="plan-kept-off">
          <dt>{t('sync.plan.keptOff')}</dt>
          <dd>
            {format.list((summary.keptOff ?? []).map((entry) => t('sync.plan.blockedIn', { country: countryName(entry.country), count: entry.offers })))}
            <div className="muted">{t('sync.plan.keptOffText')}</div>
          </dd>
        </div>
      )}
      <div className="summary-row">
        <dt>{t('sync.plan.unchanged')}</dt>
        <dd>{t('sync.plan.unchangedText', { count: summary.unchanged })}</dd>
      </div>
    </dl>
  );
}

/** A changed field as the merchant names it: Back Market's fields in their language, a category attribute as their tree names it. */
function ChangeList({ changes, attributeLabels, country }: { changes: FieldChange[]; attributeLabels: Record<string, string>; country: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (field: string, text: string) => (text === '' ? <span className="muted">{t('sync.plan.empty')}</span> : planValueText(format, field, text, country, t));
  return (
    <ul className="inline-list" style={{ flexDirection: 'column', gap: 2, margin: 0 }}>
      {changes.map((change) => (
        <li key={change.field}>
          <span title={change.field}>{t('sync.plan.fieldLabel', { field: fieldLabel(t, change.field, attributeLabels[change.field] ?? change.field) })}</span> {value(change.field, change.before)} → {value(change.field, change.after)}
        </li>
      ))}
    </ul>
  );
}

export function SyncPlanDialog({ onClose, onSyncNow }: SyncPlanDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  // Always asked afresh: the plan is a moment's picture of the outbox and the budget.
  const plan = useCallQuery('sync:plan', { limit: PLAN_OFFERS_SHOWN }, { staleTime: 0, gcTime: 0 });
  const offers = plan.data ? [...plan.data.offers].sort(byCountryThenSku) : [];

  return (
    <Dialog
      title={t('sync.plan.title')}
      onClose={onClose}
      testId="sync-plan"
      footer={<DialogActions cancelLabel={t('dialog.close')} onCancel={onClose} confirmLabel={t('sync.plan.syncNow')} onConfirm={onSyncNow} disabled={!plan.data} />}
    >
      {plan.isPending && <p role="status">{t('sync.plan.loading')}</p>}
      {plan.error && <Alert>{t('sync.plan.failed', { message: messageOf(plan.error, t('errors.unexpected')) })}</Alert>}
      {plan.data && (
        <>
          <p className="muted">{t('sync.plan.intro', { time: format.date(plan.data.plannedAt) })}</p>
          <PlanSummaryView summary={plan.data.summary} />
          <PlanLanguageWarnings warnings={plan.data.summary.languageWarnings ?? []} choices={plan.data.summary.languageChoices ?? []} />
          {offers.length > 0 && (
            <div className="table-scroll table-scroll-tall">
              <table className="data-table" data-testid="plan-offers">
                <caption className="sr-only">{t('sync.plan.offersCaption')}</caption>
                <TableHead columns={[t('sync.plan.columns.sku'), t('sync.plan.columns.changes')]} />
                <tbody>
                  {offers.map((offer) => (
                    <tr key={`${offer.productId}:${offer.country}`} data-sku={offer.sku} data-country={offer.country}>
                      {/* SKU, country and kind stacked in one cell: the dialog is narrow and the fields need the room. A td, as
                          the table's th cells stick to the top when it scrolls. */}
                      <td>
                        <span className="mono">{offer.sku}</span>
                        <div>{countryName(offer.country)}</div>
                        <div className="muted">
                          {t(`sync.plan.kindName.${offer.kind}`)}, {t(`sync.plan.via.${offer.via}`)}
                        </div>
                        {offer.language && (
                          <div className="muted" data-testid="plan-offer-language">
                            {t('sync.plan.lineLanguage', { language: t(`languages.${offer.language}`, { defaultValue: offer.language }) })}
                          </div>
                        )}
                        {offer.catalogueTexts && offer.catalogueTexts.length > 0 && (
                          <span className="badge badge-warning">{t('sync.plan.catalogueTexts', { fields: format.list(offer.catalogueTexts.map((field) => t(`sync.plan.languages.field.${field}`))) })}</span>
                        )}
                      </td>
                      <td style={{ whiteSpace: 'normal', maxWidth: 'none', wordBreak: 'break-word' }}>
                        <ChangeList changes={offer.changes} attributeLabels={plan.data.summary.attributeLabels ?? {}} country={offer.country} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {plan.data.more > 0 && <p className="muted">{t('sync.plan.more', { count: plan.data.more })}</p>}
        </>
      )}
    </Dialog>
  );
}

// Confirming a shipment: the merchant's own carrier (sent as the Back Market shipper it is mapped to; an unmapped one
// blocks, with the way to the carrier mapping), the tracking number and link, the IMEI or serial number where Back
// Market takes one (one line of quantity 1), and the VAT type.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VAT_TYPES, type OrderDetail, type OrderMoveResult } from '../../../shared/orders';
import { useCallQuery } from '../../api/queries';
import { useOrdersCall } from '../../api/orders-queries';
import { Alert } from '../../components/Alert';
import { hrefOf } from '../../shell/use-hash-route';
import { UnitPicker } from '../units/UnitPicker';
import { MoveDialog } from './MoveDialog';
import { carrierChoices, EMPTY_SHIP_FORM, validateShipForm, type IdentifierKind, type ShipField, type ShipForm } from './ship-form';

interface ShipDialogProps {
  order: OrderDetail;
  onDone(result: OrderMoveResult): void;
  onClose(): void;
}

export function ShipDialog({ order, onDone, onClose }: ShipDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const ship = useOrdersCall('orders:ship');
  const carrierMap = useCallQuery('mapping:valueMap', { map: 'carrier' }, { staleTime: 0 });
  const carriers = carrierChoices(carrierMap.data?.entries ?? []);
  const [form, setForm] = useState<ShipForm>(EMPTY_SHIP_FORM);
  const [errors, setErrors] = useState<Partial<Record<ShipField, string>>>({});
  const chosen = carriers.find((choice) => choice.carrier === form.carrier);
  const unmapped = chosen !== undefined && chosen.shipper === null;
  const [pickedUnit, setPickedUnit] = useState<number | null>(null);
  const toShip = order.lines.filter((line) => line.state === 2);
  const unitLine = toShip.length === 1 ? toShip[0] : undefined;

  const update = (patch: Partial<ShipForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    // A corrected field loses its error at once; the others keep theirs until the next try.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch) && !(field === 'identifier' && 'identifierKind' in patch))));
  };
  const submit = () => {
    const { errors: found, input } = validateShipForm(form, order, carriers);
    setErrors(found);
    if (input) ship.mutate(input, { onSuccess: onDone });
  };
  const fieldProps = (field: ShipField) => ({
    'aria-invalid': Boolean(errors[field]),
    'aria-describedby': errors[field] ? `${id}-${field}-error` : undefined,
    className: `input${errors[field] ? ' input-invalid' : ''}`,
  });
  const fieldError = (field: ShipField) =>
    errors[field] ? (
      <span id={`${id}-${field}-error`} className="field-error">
        {t(errors[field])}
      </span>
    ) : null;

  return (
    <MoveDialog
      title={t('orders.ship.title', { orderId: order.orderId })}
      submitLabel={t('orders.ship.submit')}
      pending={ship.isPending}
      error={ship.error}
      canSubmit={!unmapped}
      testId="ship-dialog"
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="field">
        <label htmlFor={`${id}-carrier`}>{t('orders.ship.carrier')}</label>
        <select id={`${id}-carrier`} {...fieldProps('carrier')} className={`select${errors.carrier || unmapped ? ' input-invalid' : ''}`} value={form.carrier} data-autofocus onChange={(event) => update({ carrier: event.target.value })}>
          <option value="">{t('orders.ship.chooseCarrier')}</option>
          {carriers.map((choice) => (
            <option key={choice.carrier} value={choice.carrier}>
              {choice.shipper ? t('orders.ship.carrierAs', { carrier: choice.carrier, shipper: choice.shipper }) : t('orders.ship.carrierUnmapped', { carrier: choice.carrier })}
            </option>
          ))}
        </select>
        {carrierMap.isSuccess && carriers.length === 0 && (
          <span className="field-hint">
            {t('orders.ship.noCarriers')} <a href={hrefOf('mapping-carriers')}>{t('orders.ship.openCarrierMapping')}</a>
          </span>
        )}
        {unmapped ? (
          <span id={`${id}-carrier-error`} className="field-error" data-testid="carrier-unmapped">
            {t('orders.ship.errors.carrierUnmappedNamed', { carrier: form.carrier })} <a href={hrefOf('mapping-carriers')}>{t('orders.ship.openCarrierMapping')}</a>
          </span>
        ) : (
          fieldError('carrier')
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-tracking`}>{t('orders.ship.trackingNumber')}</label>
        <input id={`${id}-tracking`} {...fieldProps('trackingNumber')} value={form.trackingNumber} autoComplete="off" onChange={(event) => update({ trackingNumber: event.target.value })} />
        {fieldError('trackingNumber')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('orders.ship.trackingUrl')}</label>
        <input id={`${id}-url`} type="url" {...fieldProps('trackingUrl')} value={form.trackingUrl} placeholder="https://" onChange={(event) => update({ trackingUrl: event.target.value })} />
        {fieldError('trackingUrl')}
      </div>
      {unitLine && (
        <UnitPicker
          sku={unitLine.sku}
          orderlineId={unitLine.id}
          quantity={unitLine.quantity}
          identifiersAllowed={order.identifiersAllowed}
          pickedId={pickedUnit}
          onPick={(unit) => {
            // The device's identifier is what Back Market records; its purchase decides the VAT type.
            setPickedUnit(unit.id);
            update({ identifierKind: unit.imei ? 'imei' : 'serial', identifier: unit.imei ?? unit.serialNumber, vatType: unit.vatRegime === 'margin' ? 'MARGINAL' : 'REGULAR' });
          }}
        />
      )}
      {order.identifiersAllowed && (
        <fieldset className="form-section">
          <legend>{t('orders.ship.identifier')}</legend>
          <div className="button-row">
            {(['none', 'imei', 'serial'] as IdentifierKind[]).map((kind) => (
              <label key={kind} className="radio-label">
                <input type="radio" name={`${id}-identifier-kind`} checked={form.identifierKind === kind} onChange={() => update({ identifierKind: kind, identifier: '' })} />
                {t(`orders.ship.identifierKinds.${kind}`)}
              </label>
            ))}
          </div>
          {form.identifierKind !== 'none' && (
            <div className="field">
              <label htmlFor={`${id}-identifier`}>{form.identifierKind === 'imei' ? t('orders.ship.imei') : t('orders.ship.serialNumber')}</label>
              <input
                id={`${id}-identifier`}
                {...fieldProps('identifier')}
                inputMode={form.identifierKind === 'imei' ? 'numeric' : 'text'}
                autoComplete="off"
                value={form.identifier}
                onChange={(event) => update({ identifier: event.target.value })}
              />
              {fieldError('identifier')}
              {form.identifierKind === 'imei' && (
                <Alert tone="warning" testId="imei-warning">
                  {t('orders.ship.imeiWarning')}
                </Alert>
              )}
            </div>
          )}
        </fieldset>
      )}
      <fieldset className="form-section">
        <legend>{t('orders.ship.vatType')}</legend>
        <div className="button-row">
          {VAT_TYPES.map((vatType) => (
            <label key={vatType} className="radio-label">
              <input type="radio" name={`${id}-vat`} checked={form.vatType === vatType} onChange={() => update({ vatType })} />
              {t(`orders.ship.vatTypes.${vatType}`)}
            </label>
          ))}
        </div>
        {fieldError('vatType')}
      </fieldset>
    </MoveDialog>
  );
}

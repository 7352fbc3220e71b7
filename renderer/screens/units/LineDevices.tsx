// Under a line of the packing slip: the IMEI or serial of each device the line took from the ledger, so the parcel
// is packed with the right device. Nothing when no device is recorded for it.
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { identifierOf } from './unit-labels';

export function LineDevices({ orderlineId }: { orderlineId: number }) {
  const { t } = useTranslation();
  const devices = useCallQuery('units:ofOrderline', { orderlineId });
  if (!devices.isSuccess || devices.data.length === 0) return null;
  return (
    <div className="packing-slip-devices" data-testid="packing-slip-devices">
      {devices.data.map((unit) => (
        <div key={unit.id}>
          {unit.imei ? t('units.slip.imei', { imei: unit.imei }) : t('units.slip.serial', { serial: identifierOf(unit) })}
        </div>
      ))}
    </div>
  );
}

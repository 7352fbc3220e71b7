// Under an orderline (the packing slip, a Backship return): the IMEI or serial of each device the line took from the
// ledger, so the parcel is packed (or the return checked) with the right device, and a device back a second time is
// flagged. Nothing when no device is recorded for it.
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { isReturnedAgain } from '../../../shared/device-units';
import { identifierOf } from './unit-labels';

export function LineDevices({ orderlineId, testId = 'packing-slip-devices' }: { orderlineId: number; testId?: string }) {
  const { t } = useTranslation();
  const devices = useCallQuery('units:ofOrderline', { orderlineId });
  if (!devices.isSuccess || devices.data.length === 0) return null;
  return (
    <div className="packing-slip-devices" data-testid={testId}>
      {devices.data.map((unit) => (
        <div key={unit.id}>
          {unit.imei ? t('units.slip.imei', { imei: unit.imei }) : t('units.slip.serial', { serial: identifierOf(unit) })}
          {isReturnedAgain(unit) && <span className="unit-flag"> {t('units.returnedAgain')}</span>}
        </div>
      ))}
    </div>
  );
}

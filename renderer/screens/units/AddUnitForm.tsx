// Recording a device just scanned or typed. Saving hands the focus back to the scan field for the next device.
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../shared/device-units';
import { messageOf } from '../../api/call-error';
import { useUnitsCall } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { EMPTY_UNIT_FORM } from './unit-form';
import { UnitEditor } from './UnitEditor';

export function AddUnitForm({ code, onAdded, onCancel }: { code: string; onAdded(unit: UnitDetail): void; onCancel(): void }) {
  const { t } = useTranslation();
  const add = useUnitsCall('units:add');
  return (
    <UnitEditor
      title={t('units.form.title')}
      testId="add-unit-form"
      saveLabel={t('units.form.save')}
      initial={{ ...EMPTY_UNIT_FORM, code }}
      initialCurrency="EUR"
      pending={add.isPending}
      failure={add.error && <Alert testId="add-unit-error">{messageOf(add.error, t('units.form.failed'))}</Alert>}
      onSubmit={(unit) => add.mutate({ unit }, { onSuccess: onAdded })}
      onCancel={onCancel}
    />
  );
}

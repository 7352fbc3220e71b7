// Editing a recorded device's details. Main records what changed in its history; a device that has shipped keeps the
// IMEI and serial Back Market holds for its order, and the form says why before the merchant tries.
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../shared/device-units';
import { messageOf } from '../../api/call-error';
import { useUnitsCall } from '../../api/units-queries';
import { Alert } from '../../components/Alert';
import { unitFormOf } from './unit-form';
import { UnitEditor } from './UnitEditor';

/** Whether the device left on an order: its history has a shipped line. */
export const hasShipped = (unit: UnitDetail): boolean => unit.history.some((change) => change.status === 'shipped');

export function EditUnitForm({ unit, onSaved, onCancel }: { unit: UnitDetail; onSaved(unit: UnitDetail): void; onCancel(): void }) {
  const { t } = useTranslation();
  const save = useUnitsCall('units:update');
  return (
    <UnitEditor
      title={t('units.edit.title')}
      testId="edit-unit-form"
      saveLabel={t('units.edit.save')}
      initial={unitFormOf(unit)}
      initialCurrency={unit.currency}
      identifiersLocked={hasShipped(unit) ? t('units.edit.identifiersLocked') : undefined}
      pending={save.isPending}
      failure={save.error && <Alert testId="edit-unit-error">{messageOf(save.error, t('units.edit.failed'))}</Alert>}
      onSubmit={(input) => save.mutate({ id: unit.id, unit: input }, { onSuccess: onSaved })}
      onCancel={onCancel}
    />
  );
}

// Binds the unit ledger's entries of the contract to the Units service.
import type { Handlers } from '../../../shared/contract';
import type { unitsCalls } from '../../../shared/contract/units-calls';
import type { UnitsService } from './units-service';

export function unitsHandlers(units: UnitsService): Pick<Handlers, keyof typeof unitsCalls> {
  return {
    'units:list': async (query) => units.list(query),
    'units:get': async ({ id }) => units.get(id),
    'units:findByCode': async ({ code }) => units.findByCode(code),
    'units:pickable': async ({ sku, orderlineId }) => units.pickable(sku, orderlineId),
    'units:add': async ({ unit }) => units.add(unit),
    'units:update': async ({ id, unit }) => units.update(id, unit),
    'units:setStatus': async ({ id, status, note }) => units.setStatus(id, status, note),
    'units:setTracking': async ({ sku, on }) => units.setTracking(sku, on),
    'units:importPreview': async ({ fileId, fileName, options }) => units.importPreview(fileId, fileName, options),
    'units:importRun': async (input) => units.importRun(input),
    'units:export': async () => units.exportUnits(),
    'units:exportSales': async () => units.exportSales(),
    'margin:atPrices': async ({ cells }) => units.marginAtPrices(cells),
    'units:ofOrderline': async ({ orderlineId }) => units.ofOrderline(orderlineId),
    'margin:settings': async () => units.marginSettings(),
    'margin:saveSettings': async (input) => units.saveMarginSettings(input),
    'margin:report': async ({ days }) => units.marginReport(days),
    'margin:atPrice': async ({ sku, country, priceCents }) => units.marginAtPrice(sku, country, priceCents),
  };
}

// Binds the BackBox entries of the contract to the BackBox service.
import type { Handlers } from '../../../shared/contract';
import type { backboxCalls } from '../../../shared/contract/backbox-calls';
import type { BackboxService } from './backbox-service';

type BackboxHandlers = Pick<Handlers, keyof typeof backboxCalls>;

export function backboxHandlers(backbox: BackboxService): BackboxHandlers {
  return {
    'backbox:refresh': async (request) => backbox.refresh(request),
    'backbox:cancel': async () => backbox.cancel(),
    'backbox:refreshState': async () => backbox.refreshState(),
    'backbox:standings': async ({ offers }) => backbox.standings(offers),
    'backbox:winRates': async () => backbox.winRates(),
    'backbox:settings': async () => backbox.settings(),
    'backbox:saveSettings': async (settings) => backbox.saveSettings(settings),
    'backbox:previewPriceToWin': async ({ offers }) => backbox.preview(offers),
    'backbox:applyPriceToWin': async ({ offers }) => backbox.apply(offers),
    'backbox:history': async ({ productNumber }) => backbox.history(productNumber),
    'backbox:minPrice': async (offer) => backbox.minPrice(offer),
  };
}

// Picks the transport once at start: the Electron bridge when the preload put one on window, the preview host otherwise.
import type { RefurbBridge } from '../../shared/bridge';
import { createApi, type RefurbApi } from './client';
import { createHttpTransport, readPreviewSecret } from './http-transport';
import { createIpcTransport } from './ipc-transport';

declare global {
  interface Window {
    refurb?: RefurbBridge;
  }
}

export function createDefaultApi(win: Window = window): RefurbApi {
  if (win.refurb) return createApi(createIpcTransport(win.refurb));
  // Without the secret every call is refused with a clear message, which is better than failing to start.
  return createApi(createHttpTransport({ secret: readPreviewSecret(win.document) ?? '' }));
}

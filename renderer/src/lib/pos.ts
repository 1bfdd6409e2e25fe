// The bridge to the main process as the page sees it: window.pos, typed by the contract.
import type { PosApi } from '../../../electron/ipc/contract';

declare global {
  interface Window {
    pos: PosApi;
  }
}

export const pos: PosApi = window.pos;

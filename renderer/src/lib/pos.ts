// The bridge to the main process as the page sees it: window.pos, typed by the contract, guarded so only plain data crosses.
import type { PosApi } from '../../../common/contract';
import { guardCalls } from './guarded-calls';
import { plainCopy } from './plain-copy.svelte';

declare global {
  interface Window {
    pos: PosApi;
  }
}

export const pos: PosApi = guardCalls(window.pos, plainCopy);

// Preload: exposes window.pos, one function per contract call and nothing else, over IPC.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, channelOf } from '../common/contract';

const pos = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (argument: unknown) => ipcRenderer.invoke(channelOf(name), argument)]),
);

contextBridge.exposeInMainWorld('pos', pos);

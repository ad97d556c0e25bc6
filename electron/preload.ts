// The preload: the renderer's only door to main. Runs sandboxed, so it is bundled with just
// `electron` and the channel names (no zod here: main parses inputs, the renderer outputs).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeGlobalName, eventChannels, invokeChannels, unknownNameMessage } from '../shared/ipc/channels';
import type { CallDeskBridge, IpcResult } from '../shared/ipc/contract';

const invokable = new Set<string>(invokeChannels);
const listenable = new Set<string>(eventChannels);

const bridge: CallDeskBridge = {
  // Async, so whatever goes wrong (an input that cannot be cloned, say) is a rejection, never a throw.
  async invoke(channel: string, input?: unknown): Promise<IpcResult> {
    if (typeof channel !== 'string' || !invokable.has(channel)) throw new Error(unknownNameMessage('channel', channel));
    return ipcRenderer.invoke(channel, input);
  },

  on(event: string, listener: (payload: unknown) => void): () => void {
    if (typeof event !== 'string' || !listenable.has(event)) {
      throw new Error(unknownNameMessage('event', event));
    }
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
    // The Electron event object (with its sender) never reaches the page.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);

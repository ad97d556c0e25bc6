// Browser mode's page script, served ahead of the renderer's own: takes this run's key from the
// address and defines window.callDesk (page-bridge.ts, as in the test host) over HTTP.
import { bridgeGlobalName, eventChannels, invokeChannels } from '../../../shared/ipc/channels';
import { bytesTag, installPageBridge, maxTaggedNesting, type PageBridge } from '../page-bridge';
import { createHostActions } from './host-actions';
import { createHttpTransport } from './http-transport';
import { takeKey } from './page-key';

const key = takeKey({ location: window.location, history: window.history, storage: window.sessionStorage });
let bridge: PageBridge | null = null;
const transport = createHttpTransport({
  key,
  onEvent: (event, payload) => bridge?.dispatch(event, payload),
  onHostMessage: key === null ? () => {} : createHostActions({ key }),
});
bridge = installPageBridge({ bridgeGlobalName, invokeChannels, eventChannels, bytesTag, maxNesting: maxTaggedNesting }, transport.send);
void transport.listen();

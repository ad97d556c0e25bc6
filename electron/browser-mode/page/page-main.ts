// Browser mode's page script, served ahead of the renderer's own: takes this run's key from the
// address and defines window.callDesk (page-bridge.ts, as in the test host) over HTTP, bytes
// crossing as raw bodies to and from the bytes path, with the key like every API request.
import { bridgeGlobalName, eventChannels, invokeChannels } from '../../../shared/ipc/channels';
import { apiPaths, keyHeader } from '../host-messages';
import { bytesRefTag, bytesTag, installPageBridge, maxBytesUpload, maxTaggedNesting, type PageBridge } from '../page-bridge';
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
// Without a key every request is answered at once with the sentence saying so (http-transport.ts); nothing to upload.
const rawBytes =
  key === null ? null : { path: apiPaths.bytes, refTag: bytesRefTag, headers: { [keyHeader]: key }, maxUploadBytes: maxBytesUpload };
bridge = installPageBridge(
  { bridgeGlobalName, invokeChannels, eventChannels, bytesTag, maxNesting: maxTaggedNesting, rawBytes },
  transport.send,
);
void transport.listen();

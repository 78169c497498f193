// The engine off the main thread (docs/decisions/0008-caps-and-the-engine-worker.md): a module worker from the
// app's own origin, which the page's CSP (default-src 'self') allows. engineClient.ts starts it and talks to it.
import { engineHandler, type EngineReply, type EngineRequest } from './engineWorkerCore';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage: (reply: EngineReply) => void;
};
const handle = engineHandler();
scope.onmessage = (e) => scope.postMessage(handle(e.data));

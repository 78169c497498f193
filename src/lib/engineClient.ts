// Runs the engine for the page: in a Web Worker when the browser has one (typing and opening never wait for a
// diagnosis), else on the main thread a moment later (a browser or a host without workers still gets every
// verdict). The latest request wins: while one session is being diagnosed, a newer request replaces any waiting
// one, so a fast typist never queues up stale work.
import { diagnose } from '../engine/diagnose';
import type { KnowledgePack } from '../engine/knowledge/schema';
import type { Diagnosis, Session } from '../engine/types';
import type { EngineReply, EngineRequest } from './engineWorkerCore';

/** The part of a Worker the client uses (a test passes a fake). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  onmessage: ((e: MessageEvent<EngineReply>) => void) | null;
  onerror: ((e: Event) => void) | null;
  onmessageerror?: ((e: MessageEvent) => void) | null;
  terminate(): void;
}

interface Job {
  session: Session;
  pack: KnowledgePack | undefined;
  done: (diagnosis: Diagnosis) => void;
  cancelled: boolean;
}

export interface Engine {
  /** Diagnose `session`; `done` is called once, later, unless the returned cancel function runs first. */
  request(session: Session, pack: KnowledgePack | undefined, done: (diagnosis: Diagnosis) => void): () => void;
  /** Where diagnoses run: 'worker' once the worker answered, 'main-thread' without one (or after it failed). */
  mode(): 'worker' | 'main-thread' | 'starting';
}

const UNSENT = Symbol('unsent');

function startWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    // Vite bundles the worker and its imports as their own chunk; the URL is relative, so any base works.
    return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'copy-doctor-engine' }) as unknown as WorkerLike;
  } catch {
    return undefined;
  }
}

export function createEngine(makeWorker: () => WorkerLike | undefined = startWorker): Engine {
  let worker: WorkerLike | undefined | null; // undefined: not started yet; null: none (or it failed)
  let answered = false;
  /** The pack the worker holds; a sentinel until the first request. */
  let sentPack: KnowledgePack | undefined | typeof UNSENT = UNSENT;
  let inFlight: { id: number; job: Job } | undefined;
  let waiting: Job | undefined;
  let nextId = 1;

  function finish(job: Job, diagnosis: Diagnosis) {
    if (!job.cancelled) job.done(diagnosis);
    inFlight = undefined;
    pump();
  }

  function onMainThread(job: Job) {
    const id = nextId++;
    inFlight = { id, job };
    // A moment later, not inside the caller's event: the keystroke that asked paints first.
    setTimeout(() => {
      if (inFlight?.id !== id) return;
      finish(job, diagnose(job.session, job.pack));
    }, 0);
  }

  /** The worker is gone: what it was doing runs here, and so does everything after. */
  function fail() {
    worker?.terminate();
    worker = null;
    const stuck = inFlight;
    inFlight = undefined;
    if (stuck && !stuck.job.cancelled) onMainThread(stuck.job);
    else pump();
  }

  function ensureWorker(): WorkerLike | null {
    if (worker !== undefined) return worker;
    const w = makeWorker() ?? null;
    worker = w;
    if (!w) return null;
    w.onmessage = (e) => {
      const reply = e.data;
      if (!inFlight || reply.id !== inFlight.id) return;
      answered = true;
      const { job } = inFlight;
      if ('diagnosis' in reply) finish(job, reply.diagnosis);
      else {
        // The engine threw inside the worker (it should not): this one runs here instead.
        inFlight = undefined;
        onMainThread(job);
      }
    };
    // The worker's script could not load (a host that blocks workers, a wrong MIME type): work without it.
    w.onerror = (e) => {
      e.preventDefault?.();
      fail();
    };
    w.onmessageerror = () => fail();
    return w;
  }

  function pump() {
    if (inFlight || !waiting) return;
    const job = waiting;
    waiting = undefined;
    if (job.cancelled) return pump();
    const w = ensureWorker();
    if (!w) return onMainThread(job);
    const id = nextId++;
    inFlight = { id, job };
    const message: EngineRequest = { id, session: job.session };
    if (sentPack === UNSENT || sentPack !== job.pack) {
      message.pack = job.pack ?? null;
      sentPack = job.pack;
    }
    try {
      w.postMessage(message);
    } catch {
      // A session that cannot be cloned (it never is: it is plain JSON) or a dead worker.
      fail();
    }
  }

  return {
    request(session, pack, done) {
      // A job still waiting is replaced, never run: the latest request wins.
      const job: Job = { session, pack, done, cancelled: false };
      waiting = job;
      pump();
      return () => {
        job.cancelled = true;
      };
    },
    mode: () => (worker === null ? 'main-thread' : answered ? 'worker' : 'starting'),
  };
}

let shared: Engine | undefined;
/** The page's one engine (its worker starts on the first request). */
export function engine(): Engine {
  shared ??= createEngine();
  return shared;
}

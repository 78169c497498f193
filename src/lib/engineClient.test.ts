import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { diagnose } from '../engine/diagnose';
import { validateKnowledge, type KnowledgePack } from '../engine/knowledge/schema';
import { readSession } from '../engine/session';
import type { Diagnosis, Session } from '../engine/types';
import { createEngine, type WorkerLike } from './engineClient';
import { engineHandler, type EngineReply, type EngineRequest } from './engineWorkerCore';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../public/knowledge/${name}.json`, import.meta.url), 'utf8'));
const checked = validateKnowledge({ errors: read('errors'), regions: read('regions'), resources: read('resources') });
if (!checked.ok) throw new Error('knowledge pack');
const pack = checked.pack;
const example = (f: string): Session => {
  const r = readSession(JSON.parse(readFileSync(new URL(`../../public/examples/${f}`, import.meta.url), 'utf8')));
  if (!r.ok) throw new Error(f);
  return r.session;
};
const keyPolicy = example('key-policy-missing-destination.json');
const vaultPolicy = example('vault-policy-wrong-account.json');
const working = example('key-policy-working.json');

/** A worker that runs the real handler, answering one macrotask later (as a real worker does), and records messages. */
function fakeWorker(options: { failOnPost?: boolean; throwInside?: boolean } = {}) {
  const handle = engineHandler();
  const sent: EngineRequest[] = [];
  const w: WorkerLike & { sent: EngineRequest[] } = {
    sent,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(m) {
      sent.push(m);
      setTimeout(() => {
        if (options.failOnPost) return w.onerror?.(new Event('error'));
        const reply: EngineReply = options.throwInside ? { id: m.id, error: 'boom' } : handle(structuredClone(m));
        w.onmessage?.({ data: structuredClone(reply) } as MessageEvent<EngineReply>);
      }, 1);
    },
    terminate: vi.fn(),
  };
  return w;
}

/** The next diagnosis of `s` (with the pack given, or the real one when none is given; undefined means none). */
const next = (engine: ReturnType<typeof createEngine>, s: Session, ...p: [KnowledgePack | undefined] | []) =>
  new Promise<Diagnosis>((resolve) => engine.request(s, p.length ? p[0] : pack, resolve));

describe('the engine off the main thread', () => {
  it('gives exactly what diagnose() gives, through the worker', async () => {
    const worker = fakeWorker();
    const engine = createEngine(() => worker);
    for (const s of [keyPolicy, vaultPolicy, working]) expect(await next(engine, s)).toEqual(diagnose(s, pack));
    expect(engine.mode()).toBe('worker');
  });

  it('sends the knowledge pack once, and again only when it changes', async () => {
    const worker = fakeWorker();
    const engine = createEngine(() => worker);
    await next(engine, keyPolicy);
    await next(engine, vaultPolicy);
    const other = { ...pack, errors: [] };
    await next(engine, vaultPolicy, other);
    await next(engine, vaultPolicy, undefined);
    expect(worker.sent.map((m) => (m.pack === undefined ? 'kept' : m.pack === null ? 'none' : m.pack === pack ? 'pack' : 'other'))).toEqual([
      'pack',
      'kept',
      'other',
      'none',
    ]);
    // The worker really used the pack it was last sent: without one, the error message is not triaged.
    expect(diagnose(keyPolicy, undefined).triage).not.toEqual(diagnose(keyPolicy, pack).triage);
    expect((await next(engine, keyPolicy, undefined)).triage).toEqual(diagnose(keyPolicy, undefined).triage);
  });

  it('lets the latest request win: one waiting at most, superseded ones never answered', async () => {
    const worker = fakeWorker();
    const engine = createEngine(() => worker);
    const got: string[] = [];
    const first = new Promise<void>((r) => engine.request(keyPolicy, pack, () => (got.push('first'), r())));
    engine.request(vaultPolicy, pack, () => got.push('second'));
    const third = new Promise<void>((r) => engine.request(working, pack, () => (got.push('third'), r())));
    await Promise.all([first, third]);
    await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual(['first', 'third']);
    expect(worker.sent).toHaveLength(2);
  });

  it('never answers a cancelled request', async () => {
    const engine = createEngine(() => fakeWorker());
    const done = vi.fn();
    engine.request(keyPolicy, pack, done)();
    await next(engine, working);
    expect(done).not.toHaveBeenCalled();
  });

  it('works on the main thread when there is no Worker, answering after the caller returns', async () => {
    const engine = createEngine(() => undefined);
    let answered = false;
    const result = new Promise<Diagnosis>((r) =>
      engine.request(keyPolicy, pack, (d) => {
        answered = true;
        r(d);
      }),
    );
    expect(answered).toBe(false);
    expect(await result).toEqual(diagnose(keyPolicy, pack));
    expect(engine.mode()).toBe('main-thread');
  });

  it('falls back to the main thread when the worker cannot load, finishing what it was given', async () => {
    const worker = fakeWorker({ failOnPost: true });
    const engine = createEngine(() => worker);
    expect(await next(engine, keyPolicy)).toEqual(diagnose(keyPolicy, pack));
    expect(engine.mode()).toBe('main-thread');
    expect(worker.terminate).toHaveBeenCalled();
    expect(await next(engine, vaultPolicy)).toEqual(diagnose(vaultPolicy, pack));
    expect(worker.sent).toHaveLength(1);
  });

  it('runs a request on the main thread when the engine failed inside the worker', async () => {
    const engine = createEngine(() => fakeWorker({ throwInside: true }));
    expect(await next(engine, keyPolicy)).toEqual(diagnose(keyPolicy, pack));
  });
});

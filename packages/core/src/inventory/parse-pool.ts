import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseLimits, ParsedFileResult } from './parse-file.js';

/** A share of files sent to a worker. */
export interface ParseRequest {
  id: number;
  files: string[];
}

/**
 * A worker's answer: one result per file of the request (null: the main thread must parse that
 * file), or `taken` when the main thread claimed the share first and parses it itself.
 */
export interface ParseReply {
  id: number;
  results: (ParsedFileResult | null)[];
  taken?: boolean;
}

/** What a worker starts with. */
export interface ParseWorkerData {
  limits: ParseLimits;
  /**
   * One cell per share id (shares beyond its length cannot be claimed): 0 unclaimed, 1 claimed by
   * the worker, 2 claimed by the main thread. Whoever claims a share first parses it.
   */
  claims: Int32Array;
}

export const CLAIM_FREE = 0;
export const CLAIM_WORKER = 1;
export const CLAIM_MAIN = 2;

export interface ParsePoolOptions {
  /** Worker threads to start (at least 1). */
  workers: number;
  limits: ParseLimits;
  /** The worker module; defaults to the compiled `parse-worker.js` next to this module. */
  workerUrl?: URL;
  /**
   * Whether this thread parses shares in `finish` too. Default true; false leaves every share to
   * the workers while one is alive.
   */
  mainShare?: boolean;
}

export interface ParsePoolStats {
  /** Worker threads started. */
  workers: number;
  /** Files whose result came from a worker. */
  filesInWorkers: number;
  /** Workers that failed (crashed or exited early); their files were parsed on the main thread. */
  failedWorkers: number;
}

/**
 * The compiled worker module: next to this module in dist/; when this module runs from the
 * TypeScript sources (tests), the compiled one of the same package. Undefined when neither exists.
 */
export function defaultWorkerUrl(): URL | undefined {
  const here = new URL('./parse-worker.js', import.meta.url);
  if (here.protocol === 'file:' && existsSync(fileURLToPath(here))) return here;
  if (/\/src\/inventory\/[^/]+\.ts$/.test(import.meta.url)) {
    const built = new URL('../../dist/inventory/parse-worker.js', import.meta.url);
    if (existsSync(fileURLToPath(built))) return built;
  }
  return undefined;
}

/** Shares every worker has at least in flight. */
const IN_FLIGHT = 2;
const MIN_SHARE = 16;
const MAX_SHARE = 128;
/** Shares the main thread parses between two looks at the workers' replies. */
const MAIN_SHARE = 16;
const CLAIM_CELLS = 1 << 16;

interface Slot {
  worker: Worker;
  alive: boolean;
  /** Shares sent and not answered, oldest first. */
  inFlight: Map<number, string[]>;
}

/**
 * Parses files on worker threads. Open it, `add` files (the workers start on them at once), do
 * other work on this thread, then `finish`: this thread parses the shares left in the queue, then
 * claims the newest shares a worker has not started yet, so both finish together.
 * Files a worker could not parse (it failed, or answered null) have no entry in the result: the
 * caller parses those itself, so a failing worker changes nothing but the time taken.
 * Every worker is terminated by `finish` or `close`, whatever happens.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly results = new Map<string, ParsedFileResult>();
  private readonly files: string[] = [];
  /** Files of shares lost with a failed worker. */
  private readonly orphans: string[] = [];
  private readonly claims = new Int32Array(new SharedArrayBuffer(CLAIM_CELLS * Int32Array.BYTES_PER_ELEMENT));
  private next = 0;
  private nextId = 0;
  private wake: (() => void) | undefined;
  private closed = false;
  readonly stats: ParsePoolStats = { workers: 0, filesInWorkers: 0, failedWorkers: 0 };

  private constructor(private readonly mainShare: boolean) {}

  /**
   * Starts the workers, with no files yet (they boot meanwhile); undefined when no worker can be
   * started, and the caller parses alone.
   */
  static open(opts: ParsePoolOptions): ParsePool | undefined {
    const url = opts.workerUrl ?? defaultWorkerUrl();
    if (!url || opts.workers < 1) return undefined;
    const pool = new ParsePool(opts.mainShare !== false);
    const workerData: ParseWorkerData = { limits: opts.limits, claims: pool.claims };
    // The process's Node options, less those a worker refuses.
    const execArgv = process.execArgv.filter((a, k, all) => !a.startsWith('--input-type') && all[k - 1] !== '--input-type');
    for (let i = 0; i < opts.workers; i++) {
      let worker: Worker;
      try {
        worker = new Worker(url, { workerData, execArgv });
      } catch {
        continue;
      }
      // A worker never keeps the process alive.
      worker.unref();
      const slot: Slot = { worker, alive: true, inFlight: new Map() };
      worker.on('message', (reply: ParseReply) => pool.received(slot, reply));
      worker.on('error', () => pool.failed(slot));
      worker.on('messageerror', () => pool.failed(slot));
      worker.on('exit', () => pool.failed(slot));
      pool.slots.push(slot);
      pool.stats.workers++;
    }
    return pool.slots.length > 0 ? pool : undefined;
  }

  /** Queues files to parse and hands shares to the workers. */
  add(files: readonly string[]): void {
    for (const f of files) this.files.push(f);
    for (const slot of this.slots) this.feed(slot);
  }

  /**
   * Keeps a worker busy: at least IN_FLIGHT shares, and as many files in flight as are left in
   * the queue, so it has work while this thread is busy elsewhere; `finish` takes back what the
   * worker has not started when this thread runs out of work first.
   */
  private feed(slot: Slot): void {
    for (;;) {
      let inFlight = 0;
      for (const f of slot.inFlight.values()) inFlight += f.length;
      if (!(slot.inFlight.size < IN_FLIGHT || inFlight < this.files.length - this.next)) return;
      if (!this.dispatch(slot)) return;
    }
  }

  /** Guided scheduling: larger shares first, smaller ones as the queue empties, for an even finish. */
  private take(size?: number): string[] | undefined {
    const left = this.files.length - this.next;
    if (left <= 0) return undefined;
    const participants = this.slots.length + (this.mainShare ? 1 : 0);
    const n = Math.min(left, size ?? Math.min(MAX_SHARE, Math.max(MIN_SHARE, Math.ceil(left / (2 * participants)))));
    const share = this.files.slice(this.next, this.next + n);
    this.next += n;
    return share;
  }

  /** Sends the next share to `slot`; false when there is none (or the worker is gone). */
  private dispatch(slot: Slot): boolean {
    if (!slot.alive || this.closed) return false;
    const files = this.take();
    if (!files) return false;
    const id = this.nextId++;
    slot.inFlight.set(id, files);
    try {
      slot.worker.postMessage({ id, files } satisfies ParseRequest);
    } catch {
      this.failed(slot);
      return false;
    }
    return true;
  }

  private received(slot: Slot, reply: ParseReply): void {
    const files = slot.inFlight.get(reply.id);
    if (files) {
      slot.inFlight.delete(reply.id);
      files.forEach((file, i) => {
        const r = reply.results[i];
        if (r) {
          this.results.set(file, r);
          this.stats.filesInWorkers++;
        }
      });
    }
    this.feed(slot);
    this.notify();
  }

  /** A worker that crashed or exited: its shares in flight are left to the main thread. */
  private failed(slot: Slot): void {
    if (!slot.alive) return;
    slot.alive = false;
    if (!this.closed) this.stats.failedWorkers++;
    for (const files of slot.inFlight.values()) this.orphans.push(...files);
    slot.inFlight.clear();
    void slot.worker.terminate().catch(() => undefined);
    this.notify();
  }

  /** The newest share a worker has not started, claimed for this thread. */
  private steal(): string[] | undefined {
    for (const slot of this.slots) {
      if (!slot.alive) continue;
      const ids = [...slot.inFlight.keys()];
      for (let k = ids.length - 1; k >= 0; k--) {
        const id = ids[k]!;
        if (id >= CLAIM_CELLS) continue;
        // Shares are started in order: once one is the worker's, so are the older ones.
        if (Atomics.compareExchange(this.claims, id, CLAIM_FREE, CLAIM_MAIN) !== CLAIM_FREE) break;
        const files = slot.inFlight.get(id)!;
        slot.inFlight.delete(id);
        return files;
      }
    }
    return undefined;
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private pending(): number {
    let n = 0;
    for (const s of this.slots) if (s.alive) n += s.inFlight.size;
    return n;
  }

  /**
   * Waits for every share, parsing on this thread meanwhile: the queue, shares of failed workers,
   * and shares the workers have not started. Terminates the workers. The map holds a result per
   * file parsed.
   */
  async finish(parseHere: (file: string) => ParsedFileResult): Promise<Map<string, ParsedFileResult>> {
    try {
      for (;;) {
        const helping = this.mainShare || !this.slots.some((s) => s.alive);
        const mine = this.orphans.length > 0
          ? this.orphans.splice(0, MAIN_SHARE)
          : helping ? this.take(MAIN_SHARE) ?? this.steal() : undefined;
        if (mine) {
          for (const file of mine) if (!this.results.has(file)) this.results.set(file, parseHere(file));
          // Let worker replies in, so the workers get their next shares without waiting.
          await new Promise<void>((res) => setImmediate(res));
          continue;
        }
        if (this.pending() === 0) break;
        await new Promise<void>((res) => (this.wake = res));
      }
      return this.results;
    } finally {
      await this.close();
    }
  }

  /** Terminates every worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => {
      s.alive = false;
      return s.worker.terminate().catch(() => undefined);
    }));
  }
}

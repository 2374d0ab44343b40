// Worker thread entry: parses the shares of files it is sent and replies with their results.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { needsMainThread, parseFileContent, type ParsedFileResult } from './parse-file.js';
import { CLAIM_FREE, CLAIM_WORKER, type ParseReply, type ParseRequest, type ParseWorkerData } from './parse-pool.js';

const { limits, claims } = workerData as ParseWorkerData;

function parseOne(file: string): ParsedFileResult | null {
  let buf: Buffer | undefined;
  try {
    buf = readFileSync(file);
  } catch {
    buf = undefined;
  }
  try {
    const result = parseFileContent(file, buf, limits);
    // null: the main thread parses the file itself.
    return needsMainThread(result.text) ? null : result;
  } catch {
    return null;
  }
}

parentPort?.on('message', (req: ParseRequest) => {
  // A share the main thread claimed first is its own to parse.
  if (req.id < claims.length && Atomics.compareExchange(claims, req.id, CLAIM_FREE, CLAIM_WORKER) !== CLAIM_FREE) {
    parentPort?.postMessage({ id: req.id, results: [], taken: true } satisfies ParseReply);
    return;
  }
  parentPort?.postMessage({ id: req.id, results: req.files.map(parseOne) } satisfies ParseReply);
});

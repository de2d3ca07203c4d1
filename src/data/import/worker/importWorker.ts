/// <reference lib="webworker" />
import { analyseBytes } from './analyseBytes';
import type { ImportRequest, WorkerMessage } from './protocol';

/**
 * Runs off the main thread: reads the file in chunks (reporting progress), then detects and parses it
 * with the same pure importers as the CLI (xlsx or text, see analyseBytes). The page cancels by terminating this worker.
 */
const post = (message: WorkerMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

async function readAll(file: Blob): Promise<Uint8Array> {
  const total = file.size;
  const bytes = new Uint8Array(total);
  const reader = file.stream().getReader();
  let loaded = 0;
  let lastPost = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, loaded);
    loaded += value.length;
    if (loaded - lastPost > 1 << 20 || loaded === total) {
      lastPost = loaded;
      post({ type: 'progress', phase: 'reading', loaded, total });
    }
  }
  return loaded === total ? bytes : bytes.subarray(0, loaded);
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  try {
    const { file, options } = event.data;
    const bytes = await readAll(file);
    post({ type: 'progress', phase: 'parsing', loaded: bytes.length, total: bytes.length });
    post({ type: 'done', result: await analyseBytes(bytes, options) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};

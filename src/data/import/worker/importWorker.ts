/// <reference lib="webworker" />
import { analyseBytes } from './analyseBytes';
import type { ImportRequest, SessionRequest, WorkerMessage } from './protocol';
import { ImportSession } from './session';

/**
 * Runs off the main thread: reads the file in chunks (reporting progress), then detects and parses it
 * with the same pure importers as the CLI (xlsx or text, see analyseBytes), reporting the parse's
 * progress too. The rows stay here: the page gets a preview and asks for the join report, the matched
 * rows and the CSV lists (SessionRequest). The page cancels by terminating this worker.
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

let session: ImportSession | null = null;

async function analyse({ file, options }: ImportRequest): Promise<void> {
  const bytes = await readAll(file);
  post({ type: 'progress', phase: 'parsing', loaded: 0, total: bytes.length, rows: 0 });
  const analysed = await analyseBytes(bytes, options, (p) => post({ type: 'progress', phase: 'parsing', loaded: p.loaded, total: p.total, rows: p.rows }));
  session = new ImportSession(analysed);
  post({ type: 'done', result: session.preview() });
}

self.onmessage = async (event: MessageEvent<ImportRequest | SessionRequest>) => {
  const message = event.data;
  const id = 'id' in message ? message.id : undefined;
  try {
    if ('file' in message) await analyse(message);
    else if (!session) throw new Error('Keine Datei analysiert / no file analysed');
    else post(session.answer(message));
  } catch (error) {
    post({ type: 'failed', id, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
};

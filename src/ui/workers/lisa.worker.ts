/// <reference lib="webworker" />
import { runLisaJob, type LisaJobInput } from './lisaJob';

/** Messages: in `{ input }`; out `{ type: 'progress', done, total }`, `{ type: 'done', result }` or `{ type: 'error', message }`. */
self.onmessage = (event: MessageEvent<{ input: LisaJobInput }>) => {
  let last = 0;
  try {
    const result = runLisaJob(event.data.input, (done, total) => {
      const now = performance.now();
      if (now - last > 100 || done === total) {
        last = now;
        self.postMessage({ type: 'progress', done, total });
      }
    });
    self.postMessage({ type: 'done', result });
  } catch (error) {
    self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

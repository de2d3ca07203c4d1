/**
 * Runs async tasks one after another. Both engines have one connection; a transaction must not
 * interleave with other statements, so each call waits for the previous one.
 */
export function serialise(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}

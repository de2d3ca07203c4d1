/** BEGIN … COMMIT around `work`; ROLLBACK and rethrow when it fails. Shared by both engines. */
export async function runInTransaction<T>(exec: (sql: string) => Promise<void>, work: () => Promise<T>): Promise<T> {
  await exec('BEGIN TRANSACTION');
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // Keep the original error; a failed ROLLBACK must not hide it.
    await exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await exec('COMMIT');
  return result;
}

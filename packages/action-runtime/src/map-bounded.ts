/**
 * `work` over every item, at most `limit` at a time; results in the items' order. The first failure
 * rejects. A pool, not batches: a slow item never holds back the rest (the OSV client's vulns/{id},
 * dora-report's compare and deployment-status reads).
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    // Once one item failed, the others stop taking work: the caller gets that error, not more requests.
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

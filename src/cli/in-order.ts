/**
 * Run `work` over the items with at most `window` in flight, and `report` each result in the items' order,
 * so output is stable and memory stays bounded however many files there are.
 */
export async function inOrder<T, R>(
  items: readonly T[],
  window: number,
  work: (item: T) => Promise<R>,
  report: (item: T, result: R, done: number) => Promise<void>,
): Promise<void> {
  const pending = new Map<number, Promise<R>>();
  let started = 0;
  for (let i = 0; i < items.length; i++) {
    while (started < items.length && started - i < window) {
      const promise = work(items[started]!);
      // A failure surfaces when its turn comes; until then it must not count as unhandled.
      promise.catch(() => {});
      pending.set(started, promise);
      started++;
    }
    const result = await pending.get(i)!;
    pending.delete(i);
    await report(items[i]!, result, i + 1);
  }
}

import { callApi } from './client';

/** The most items GitHub returns on one page. */
export const PAGE_SIZE = 100;

/**
 * Every item of a page-numbered GitHub list, pages of 100 fetched in turn (each retried like any
 * call) until a short page, or until `enough` says the items so far suffice.
 */
export async function allPages<T>(
  fetchPage: (page: number, perPage: number) => Promise<{ data: T[] }>,
  enough: (items: readonly T[]) => boolean = () => false,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const { data } = await callApi(() => fetchPage(page, PAGE_SIZE));
    items.push(...data);
    if (data.length < PAGE_SIZE || enough(items)) return items;
  }
}

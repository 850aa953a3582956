/**
 * Lists cut into pages of at most PAGE_SIZE items, so that no page of a corpus of ten thousand
 * documents lists them all. Page numbers start at 1; the first page has the list's own address.
 */
import { PAGE_SIZE } from '../corpus/write.ts';
import { pageParam } from './routes.ts';

export { PAGE_SIZE };

export function pageCount(items: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(items / size));
}

export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The static paths of a paged list: one per page, with `page` as the rest parameter. */
export function pagedPaths<P extends Record<string, unknown>>(
  items: number,
  params: Record<string, string>,
  props: P,
  size = PAGE_SIZE,
): { params: Record<string, string | undefined>; props: P & { page: number; pages: number } }[] {
  const pages = pageCount(items, size);
  return Array.from({ length: pages }, (_, at) => ({
    params: { ...params, page: pageParam(at + 1) },
    props: { ...props, page: at + 1, pages },
  }));
}

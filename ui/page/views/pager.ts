// "More" for a paginated list: fetches the next page with the cursor the last one returned.
import type { Page } from '../api-client.ts';
import { el } from '../dom.ts';

export function pagedRows<T>(
  body: HTMLElement, first: Page<T>, renderRow: (item: T) => HTMLElement, fetchPage: (cursor: string) => Promise<Page<T>>,
): HTMLElement {
  const pager = el('div', { class: 'pager' });
  const add = (page: Page<T>) => {
    for (const item of page.items) body.appendChild(renderRow(item));
    pager.replaceChildren();
    if (page.cursor) {
      const cursor = page.cursor;
      pager.appendChild(el('button', {
        type: 'button', class: 'more',
        onclick: async () => {
          try {
            add(await fetchPage(cursor));
          } catch (error) {
            pager.replaceChildren(el('p', { class: 'error', role: 'alert' }, (error as Error).message));
          }
        },
      }, 'More'));
    }
  };
  add(first);
  return pager;
}

// Builds DOM from data with createElement and text nodes only: article text, names and reasons are
// untrusted input and never reach innerHTML, so markup in them stays text.
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'href') node.setAttribute('href', safeHref(String(value)));
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Links point inside this page only; anything else (a `javascript:` URL from data) becomes inert. */
function safeHref(href: string): string {
  return href.startsWith('#/') ? href : '#/';
}

/** `#/view?a=1` links, with every value encoded. */
export function link(view: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const q = query.toString();
  return `#/${view}${q ? `?${q}` : ''}`;
}

export const fmt = (n: number) => n.toLocaleString('en-US');

/** `1 article`, `3 articles`. */
export const count = (n: number, noun: string) => `${fmt(n)} ${noun}${n === 1 ? '' : 's'}`;

/** Replaces a node's children (skipping empty ones). */
export function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  append(node, ...children);
}

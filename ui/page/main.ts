// The page: a hash router over the views, and the change events that keep lists current without a
// reload while the stack processes new objects.
import { getJson } from './api-client.ts';
import { el } from './dom.ts';
import { installTooltip } from './tooltip.ts';
import { renderArticle } from './views/article.ts';
import { renderEntity } from './views/entity.ts';
import { renderFailed } from './views/failed.ts';
import { renderOverview } from './views/overview.ts';
import { renderSearch } from './views/search.ts';

type View = (view: HTMLElement, params: URLSearchParams) => Promise<void>;
const VIEWS: Record<string, View> = { '': renderOverview, article: renderArticle, entity: renderEntity, search: renderSearch, failed: renderFailed };
/** Views whose lists grow as articles arrive; they are redrawn on a change event. */
const LIVE = new Set(['', 'failed']);

const viewNode = document.getElementById('view')!;
let current = '';
let rendering = 0;

function parseHash(): { name: string; params: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, '');
  const [name, query] = hash.split('?', 2);
  return { name: name ?? '', params: new URLSearchParams(query ?? '') };
}

async function render(refresh = false): Promise<void> {
  const hash = location.hash;
  const { name, params } = parseHash();
  const view = VIEWS[name] ?? renderOverview;
  const ticket = ++rendering;
  const target = el('main', { id: 'view', tabindex: '-1' });
  try {
    await view(target, params);
  } catch (error) {
    target.replaceChildren(el('h1', {}, 'Cannot show this'), el('p', { class: 'error', role: 'alert' }, (error as Error).message));
  }
  if (ticket !== rendering) return;
  viewNode.replaceChildren(...target.childNodes);
  viewNode.dataset.view = name || 'overview';
  // Which address the view shows, so a script (or a test) can tell the new view from the old one.
  viewNode.dataset.hash = hash;
  if (!refresh && current !== hash) window.scrollTo(0, 0);
  current = hash;
}

function listen(): void {
  const live = document.getElementById('live')!;
  const events = new EventSource('/api/events');
  events.addEventListener('open', () => { live.textContent = 'live'; live.classList.add('on'); });
  events.addEventListener('error', () => { live.textContent = 'offline'; live.classList.remove('on'); });
  events.addEventListener('change', () => {
    if (LIVE.has(parseHash().name)) void render(true);
  });
}

async function showSource(): Promise<void> {
  const about = await getJson<{ source: string; bucket: string }>('about').catch(() => undefined);
  if (about) document.getElementById('source')!.textContent = `${about.source} · s3://${about.bucket}`;
}

installTooltip(document.getElementById('tip')!);
void showSource();
window.addEventListener('hashchange', () => void render());
void render();
listen();

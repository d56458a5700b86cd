// One tooltip for every mark: shown on hover and on keyboard focus, with the mark's normalised value.
export function installTooltip(tip: HTMLElement): void {
  const show = (target: EventTarget | null) => {
    const mark = target instanceof Element ? target.closest('mark[data-value]') : null;
    if (!(mark instanceof HTMLElement)) return;
    tip.textContent = mark.dataset.value ?? '';
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    tip.style.left = `${Math.max(4, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4))}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
  };
  const hide = () => { tip.hidden = true; };
  document.addEventListener('mouseover', (e) => { if (e.target instanceof Element && e.target.closest('mark[data-value]')) show(e.target); });
  document.addEventListener('mouseout', (e) => { if (e.target instanceof Element && e.target.closest('mark[data-value]')) hide(); });
  document.addEventListener('focusin', (e) => { if (e.target instanceof Element && e.target.matches('mark[data-value]')) show(e.target); else hide(); });
  document.addEventListener('focusout', hide);
}

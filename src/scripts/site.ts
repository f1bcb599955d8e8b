/**
 * The one script every page loads (a deferred module of a few hundred bytes): the `/` shortcut
 * for the header search box. The box itself is a plain form that works without it.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('#search-page-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

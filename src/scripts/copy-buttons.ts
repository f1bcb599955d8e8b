/**
 * Copy buttons, a progressive enhancement: every reference and BibTeX entry is selectable text
 * without JavaScript. The buttons ship `hidden` and this script reveals those whose target
 * exists when the Clipboard API is available, then copies the target's text (and, for
 * formatted references, its HTML too, so italics survive a paste into a word processor).
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('.copy-status');
  if (!target || !status || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = target.innerText.trim();
    try {
      if ('rich' in target.dataset && typeof ClipboardItem !== 'undefined') {
        const blob = (body: string, type: string) => new Blob([body], { type });
        await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob(text, 'text/plain'), 'text/html': blob(target.innerHTML, 'text/html') })]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      status.textContent = 'Copied.';
    } catch {
      status.textContent = 'Could not copy: select the text and copy it.';
    }
  });
}

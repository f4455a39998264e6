/**
 * Copy buttons (code, constant, snippet, page link): one delegated listener; the button shows
 * "已复制" for two seconds and a polite live region announces what was copied.
 */
const live = document.querySelector<HTMLElement>('[data-copy-live]');

// Without the Clipboard API (an insecure origin), the buttons could only fail: hide them.
if (!navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-button')) button.hidden = true;
}

function textFor(button: HTMLElement): string {
  const { copyText, copyTarget } = button.dataset;
  if (copyText !== undefined) return copyText;
  if (copyTarget) return document.getElementById(copyTarget)?.textContent ?? '';
  // The page's own address, without a fragment or query.
  return `${location.origin}${location.pathname}`;
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.copy-button');
  if (!button) return;
  const label = button.querySelector<HTMLElement>('[data-copy-label]');
  const original = label?.dataset.original ?? label?.textContent ?? '';
  if (label) label.dataset.original = original;
  const show = (state: 'copied' | 'failed') => {
    button.dataset.state = state;
    if (label) label.textContent = (state === 'copied' ? button.dataset.copied : button.dataset.copyFailed) ?? original;
    if (live && state === 'copied') live.textContent = button.dataset.announce ?? '';
    window.setTimeout(() => {
      delete button.dataset.state;
      if (label) label.textContent = original;
      if (live) live.textContent = '';
    }, 2000);
  };
  navigator.clipboard.writeText(textFor(button)).then(
    () => show('copied'),
    () => show('failed'),
  );
});

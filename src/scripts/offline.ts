/**
 * Registers the service worker (scripts/write-service-worker.ts) that keeps the whole site
 * offline, scoped to the base path so two copies on one host keep apart. When a new build's
 * worker is waiting, says so and reloads on request: the worker takes over first, so the reload
 * shows the new build, and progress (in localStorage) is untouched.
 */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  const offer = (worker: ServiceWorker) => {
    if (document.querySelector('.update-notice')) return;
    const notice = document.createElement('p');
    notice.className = 'update-notice no-print';
    notice.setAttribute('role', 'status');
    notice.textContent = 'A new version of this site is available. ';
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'action', textContent: 'Reload' });
    button.addEventListener('click', () => {
      reloading = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    notice.append(button);
    document.body.append(notice);
  };
  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) offer(worker);
        });
      });
    })
    .catch(() => {
      // No worker (a host that refuses it, a private window): the site works online as before.
    });
}

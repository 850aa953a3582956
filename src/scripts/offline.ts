/**
 * Keeps what a visit fetched for reading offline (the service worker, src/pages/sw.js.ts). Pages
 * opened from a folder (file://) cannot have one, and need none to be read.
 */
const base = import.meta.env.BASE_URL;
if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Without a worker the site works as any other: online only.
  });
}

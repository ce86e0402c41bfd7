// Deck pages exist only in this browser's IndexedDB: nothing to prerender, so the app-shell
// fallback (precached by the service worker) serves them, online or offline.
export const prerender = false;
export const ssr = false;

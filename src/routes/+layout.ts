// Every static page is prerendered as an app shell; anything stored in IndexedDB is read in the browser.
export const prerender = true;
export const trailingSlash = 'never';

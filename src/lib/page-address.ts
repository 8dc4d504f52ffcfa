/**
 * The address's query and fragment, for a first render that reads them. The build prerenders
 * each screen outside a browser, where there is no address: it renders the page as opened
 * with neither, and a page is hydrated only when opened so (`main.tsx`).
 */
const browser = typeof window !== 'undefined';

export const pageSearch = (): string => (browser ? window.location.search : '');

export const pageHash = (): string => (browser ? window.location.hash : '');

/** The address's path; empty outside a browser (the screen rendered is the one the build asked for). */
export const pagePath = (): string => (browser ? window.location.pathname : '');

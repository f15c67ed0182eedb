/**
 * The service worker (generated at build time by vite-plugin-pwa, see vite.config.ts) precaches
 * the app shell: index.html and every hashed file under /assets. Requests to /api go to the
 * network untouched and are never cached.
 */
const SERVICE_WORKER_URL = '/sw.js';
const RELOADED_AT_KEY = 'coreteam.reloadedForNewRelease';
/** At most one automatic reload in this time, so that a missing file cannot cause a reload loop. */
const RELOAD_GUARD_MS = 60_000;
/** The page's own requests go first: register once none has finished for this long… */
const QUIET_MS = 3_000;
/** …or at the latest this long after the page's load event. */
const LATEST_MS = 30_000;

/**
 * A new release takes over at once (skipWaiting) and its service worker drops the old release's
 * files. A tab still running the old release mostly finds them in the HTTP cache (hashed files
 * are cached for a year); if one is gone from there too, the page it opens would fail: reload once
 * onto the new release instead of leaving a broken page.
 */
function reloadOnMissingChunk(): void {
  window.addEventListener('vite:preloadError', () => {
    if (!navigator.onLine) return;
    try {
      const last = Number(window.sessionStorage.getItem(RELOADED_AT_KEY));
      if (Number.isFinite(last) && Date.now() - last < RELOAD_GUARD_MS) return;
      window.sessionStorage.setItem(RELOADED_AT_KEY, String(Date.now()));
    } catch {
      return;
    }
    // The import still fails (and is logged) in this page, which the reload replaces at once.
    window.location.reload();
  });
}

/**
 * Calls back once the network has been quiet for a while. The load event comes before the page's
 * real work (the page's chunk, /api/me, its data): on a slow link, the precache's few hundred
 * kilobytes must not queue in front of those.
 */
function whenNetworkQuiet(callback: () => void): void {
  let observer: PerformanceObserver | undefined;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    clearTimeout(quiet);
    clearTimeout(latest);
    observer?.disconnect();
    callback();
  };
  const latest = setTimeout(done, LATEST_MS);
  quiet = setTimeout(done, QUIET_MS);
  try {
    observer = new PerformanceObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    observer.observe({ type: 'resource' });
  } catch {
    // No resource timing here: the quiet timer alone decides.
  }
}

/** Registers the service worker after the page has loaded and its own requests are done. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  reloadOnMissingChunk();
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' }).catch(() => {
      // Not supported here (private mode in some browsers) or refused: the app works online.
    });
  };
  const afterLoad = () => whenNetworkQuiet(register);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

// Browser storage states the tests start from, installed before the app's own scripts run.

/** Makes `window.localStorage` throw, as a browser with storage disabled by policy does. */
export function blockLocalStorage(page) {
  return page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked by policy', 'SecurityError');
      },
    });
  });
}

/** Stores `raw` as the notes before the first load of this tab only, so a reload sees what the
 * app made of it. */
export function seedStoredNotesOnce(page, raw) {
  return page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('devops-workshop.notes', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, raw);
}

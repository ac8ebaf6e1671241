// Lets a panel deep inside a view send the user to another view (the guidance's "Go to Import")
// without threading a callback through every page: a DOM event the app shell listens to.
import { APP_PAGES as VIEWS, type AppPage as View } from '../../shared/contract';

const EVENT = 'maillage:navigate';

export function navigateTo(view: View): void {
  window.dispatchEvent(new CustomEvent<View>(EVENT, { detail: view }));
}

/** The app shell's side; returns the function that stops listening. */
export function onNavigate(handler: (view: View) => void): () => void {
  const listener = (event: Event) => {
    const view = (event as CustomEvent<unknown>).detail;
    if (typeof view === 'string' && (VIEWS as readonly string[]).includes(view)) handler(view as View);
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

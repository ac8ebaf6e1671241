// Lets a panel deep inside a view send the user to another view (the guidance's "Go to Import")
// without threading a callback through every page: a DOM event the app shell listens to.
export const VIEWS = ['network', 'me', 'rankings', 'watch', 'people', 'events', 'import'] as const;
export type View = (typeof VIEWS)[number];

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

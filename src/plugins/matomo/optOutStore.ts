/**
 * The visitor's refusal of audience measurement, kept in `localStorage`
 * under one key whose only value is `"1"`: a choice, not an identifier, and
 * no cookie (Matomo's own opt-out writes a 30-year cookie). Opting back in
 * removes the key, so nothing is stored for a visitor who is counted.
 * Shaped for React's `useSyncExternalStore`; call only in the browser.
 */
export const OPT_OUT_KEY = 'analytics-opt-out';

// When the browser refuses storage, the choice still holds until the page
// is reloaded.
let unsavedChoice: boolean | null = null;
const listeners = new Set<() => void>();

/** True when the visitor has refused measurement in this browser. */
export function isOptedOut(): boolean {
  if (unsavedChoice !== null) return unsavedChoice;
  try {
    return window.localStorage.getItem(OPT_OUT_KEY) === '1';
  } catch {
    return false;
  }
}

/** True when the last choice could not be stored (storage blocked). */
export function isChoiceUnsaved(): boolean {
  return unsavedChoice !== null;
}

/** Stores the refusal, or removes it to opt back in, and tells subscribers. */
export function setOptedOut(optedOut: boolean): void {
  try {
    if (optedOut) window.localStorage.setItem(OPT_OUT_KEY, '1');
    else window.localStorage.removeItem(OPT_OUT_KEY);
    unsavedChoice = null;
  } catch {
    unsavedChoice = optedOut;
  }
  listeners.forEach((listener) => listener());
}

/** Calls `listener` when the choice changes here or in another tab. */
export function subscribeToOptOut(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === OPT_OUT_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

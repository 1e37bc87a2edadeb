import type { TokenSource } from "../client";

export interface TokenStore extends TokenSource {
  set(token: string | null): void;
}

function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked by the browser: the session lasts as long as the page
  }
}

/**
 * The session token, kept in localStorage under `key` (one key per app, so signing out of one portal leaves the
 * other alone) and in memory. Follows other tabs: signing out in one signs out all.
 */
export function createTokenStore(key: string, storage: Storage | undefined = defaultStorage()): TokenStore {
  const read = (): string | null => {
    try {
      return storage?.getItem(key) || null;
    } catch {
      return null;
    }
  };
  let current = read();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  if (typeof window !== "undefined") {
    window.addEventListener("storage", (event) => {
      if (event.key !== key && event.key !== null) return;
      const next = read();
      if (next === current) return;
      current = next;
      notify();
    });
  }

  return {
    get: () => current,
    set(token) {
      if (token === current) return;
      current = token;
      try {
        if (token) storage?.setItem(key, token);
        else storage?.removeItem(key);
      } catch {
        // Kept in memory only.
      }
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

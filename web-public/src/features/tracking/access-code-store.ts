// The access code opens the reporter's view, so it is a secret: it stays in this tab's sessionStorage (gone when
// the tab closes, never shared with other tabs) and never goes in the address bar, the history or the cache.

const PREFIX = "aduan.accessCode.";

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked (private mode, policy): the code lives only as long as the page
  }
}

export function loadAccessCode(trackingId: string): string | null {
  try {
    return storage()?.getItem(PREFIX + trackingId) ?? null;
  } catch {
    return null;
  }
}

export function saveAccessCode(trackingId: string, accessCode: string): void {
  try {
    storage()?.setItem(PREFIX + trackingId, accessCode);
  } catch {
    // Full or blocked: the page still works for this visit.
  }
}

export function forgetAccessCode(trackingId: string): void {
  try {
    storage()?.removeItem(PREFIX + trackingId);
  } catch {
    // Nothing to forget.
  }
}

import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'netprep:known:';
const knownKey = (id: string) => `${PREFIX}${id}`;

export interface KnownQuestions {
  known: ReadonlySet<string>;
  setKnown: (id: string, isKnown: boolean) => void;
  /** Forgets the marks of these questions. */
  clear: (ids: string[]) => void;
}

function readKnown(ids: string[]): Set<string> {
  try {
    return new Set(ids.filter((id) => localStorage.getItem(knownKey(id)) !== null));
  } catch {
    return new Set(); // storage blocked by the browser: marks last for this visit only
  }
}

function writeKnown(id: string, isKnown: boolean): void {
  try {
    if (isKnown) localStorage.setItem(knownKey(id), '1');
    else localStorage.removeItem(knownKey(id));
  } catch {
    // storage blocked by the browser: marks last for this visit only
  }
}

/**
 * The questions this browser has marked known, one localStorage key each. The server render and the first browser
 * render see no marks, so they match; the marks arrive in an effect, and follow other tabs through `storage` events.
 */
export function useKnownQuestions(ids: string[]): KnownQuestions {
  const [known, setKnownIds] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    const sync = () => setKnownIds(readKnown(ids));
    sync();
    window.addEventListener('storage', sync);
    return () => window.removeEventListener('storage', sync);
  }, [ids]);

  const setKnown = useCallback((id: string, isKnown: boolean) => {
    writeKnown(id, isKnown);
    setKnownIds((previous) => {
      const next = new Set(previous);
      if (isKnown) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const clear = useCallback((cleared: string[]) => {
    for (const id of cleared) writeKnown(id, false);
    setKnownIds((previous) => new Set([...previous].filter((id) => !cleared.includes(id))));
  }, []);

  return { known, setKnown, clear };
}

// The learner's work lives in this browser's localStorage. Storage can be full or switched off
// (private windows): the editor then still works, it just forgets on reload.
import { codeKey, progressKey, type BrowserProgress } from '../exerciseData';

export function loadCode(slug: string, file: string, stub: string): string {
  try {
    return localStorage.getItem(codeKey(slug, file)) ?? stub;
  } catch {
    return stub;
  }
}

/** Saves a file; code equal to the stub is not kept, so a learner who never edited gets an updated stub. */
export function saveCode(slug: string, file: string, code: string, stub: string): void {
  try {
    if (code === stub) localStorage.removeItem(codeKey(slug, file));
    else localStorage.setItem(codeKey(slug, file), code);
  } catch {
    // Not saved; nothing else to do.
  }
}

/** What the exercise index shows for this exercise. */
export function saveProgress(slug: string, progress: BrowserProgress): void {
  try {
    localStorage.setItem(progressKey(slug), JSON.stringify(progress));
  } catch {
    // Not saved; nothing else to do.
  }
}

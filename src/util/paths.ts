import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (works from src/ under tsx and from dist/ once built). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Where the shared benchmark data lives: $CHRONICLE_SHARED_DATA, else ../shared/data beside the repo.
 * Returns undefined when it is absent (as on a user's fresh clone).
 */
export function sharedDataDir(): string | undefined {
  const dir = process.env.CHRONICLE_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data');
  return existsSync(dir) ? dir : undefined;
}

/** A path inside the shared data, or undefined (with the reason) when it is not there. */
export function sharedData(...parts: string[]): string | undefined {
  const dir = sharedDataDir();
  if (!dir) return undefined;
  const path = resolve(dir, ...parts);
  return existsSync(path) ? path : undefined;
}

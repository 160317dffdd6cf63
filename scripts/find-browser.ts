import { existsSync } from 'node:fs';

/**
 * The browser the environment variable `envVar` names (which must exist), else the first of
 * `candidates` that exists, else null.
 */
export function browserPath(envVar: string, candidates: readonly string[]): string | null {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist`);
    return fromEnv;
  }
  return candidates.find((p) => existsSync(p)) ?? null;
}

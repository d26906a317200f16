import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repository: test material that tests may read; absent on a user's machine. */
export const SHARED_DIR = fileURLToPath(new URL('../../shared', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('..', import.meta.url));
export const HAVE_SHARED = existsSync(`${SHARED_DIR}/eval/score.mjs`);
export const SHARED_SKIP_REASON = `../shared not found at ${SHARED_DIR}: skipping tests that score against shared gold files`;

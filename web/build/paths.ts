import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project root, whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where the build writes; git-ignored, served by the server (see src/server/web/). */
export const WEB_DIST = join(PROJECT_ROOT, 'dist', 'web');

/** The build's record of what it wrote and from which inputs. */
export const MANIFEST_FILE = 'manifest.json';

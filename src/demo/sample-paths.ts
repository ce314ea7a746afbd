/**
 * @module demo/sample-paths
 * Where the bundled sample evidence lives. `src/demo/x.ts` and `dist/demo/x.js` are both two
 * levels below the repository root, so the same relative URL works from source and from the build.
 */
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

/** The evidence folders the demo ingests (crypto dumps are imported separately). */
export const SAMPLE_EVIDENCE = ['mail', 'chat', 'sms', 'web'];

/**
 * The package version, fixed when the CLI is built: ncc inlines the imported `version` field into
 * the bundle, so `dist/cli/index.js` never reads package.json at run time. From `src/` (tsx) and
 * `lib/` the import resolves to the package's own package.json, two directories up.
 */
import packageJson from '../../package.json' with { type: 'json' };

export const PACKAGE_VERSION: string = packageJson.version;

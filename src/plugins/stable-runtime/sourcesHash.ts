import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A hash of every file under `dir` (paths and contents, in a fixed order),
 * for Rspack's persistent cache version. Why: Docusaurus invalidates that
 * cache when its config file changes, not when a plugin's own code does; a
 * plugin's `configureWebpack` (a module replaced, an alias) changed without
 * a config change would otherwise build from the stale cache.
 */
export function sourcesHash(dir: string): string {
  const hash = crypto.createHash('sha256');
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) hash.update(path.relative(dir, full)).update('\0').update(fs.readFileSync(full)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 16);
}

import fs from 'node:fs';
import path from 'node:path';

/**
 * Merges one-locale builds into one site. Each part holds its files at their
 * final place (`fr` at the root, `en` under `en/`, as Docusaurus writes a
 * locale with an explicit `baseUrl`), so merging is a union of the trees.
 * Two parts writing the same path is a mistake in the split (a locale built
 * twice, or with the wrong base URL) and stops the merge with both names,
 * rather than letting one silently win.
 */
export function mergeLocaleBuilds(parts: readonly string[], outDir: string): void {
  const owner = new Map<string, string>();
  for (const part of parts) {
    if (!fs.existsSync(part) || !fs.statSync(part).isDirectory()) {
      throw new Error(`Locale build "${part}" is not a directory. Build it first, e.g. npm run build -- --locale en --out-dir ${part}`);
    }
    for (const rel of listFiles(part)) {
      const previous = owner.get(rel);
      if (previous !== undefined) {
        throw new Error(
          `"${rel}" is written by both "${previous}" and "${part}". Build each locale once, with the site config's per-locale baseUrl.`,
        );
      }
      owner.set(rel, part);
    }
  }
  fs.rmSync(outDir, {recursive: true, force: true});
  for (const [rel, part] of owner) {
    const target = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.copyFileSync(path.join(part, rel), target);
  }
}

/** Every file under `root`, as sorted POSIX paths relative to it. */
export function listFiles(root: string): string[] {
  return fs
    .readdirSync(root, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

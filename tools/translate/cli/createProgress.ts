/** Reports progress: a redrawn bar with counts and ETA on a terminal, plain lines otherwise (CI logs). */
export interface Progress {
  /** `key` names the task (its ETA is measured from its first update), `label` is what is shown. */
  update(key: string, label: string, done: number, total: number): void;
  end(): void;
}

/**
 * A progress reporter writing to `stream`. `eta(seconds)` formats the
 * remaining time in the user's language.
 */
export function createProgress(stream: NodeJS.WriteStream, eta: (seconds: number) => string, now = () => Date.now()): Progress {
  const started = new Map<string, number>();
  let drawn = false;
  return {
    update(key, label, done, total) {
      const start = started.get(key) ?? now();
      started.set(key, start);
      const elapsed = (now() - start) / 1000;
      const remaining = done > 0 ? Math.round((elapsed / done) * (total - done)) : undefined;
      const suffix = remaining === undefined ? '' : ` · ${eta(remaining)}`;
      if (!stream.isTTY) {
        stream.write(`${label}${suffix}\n`);
        return;
      }
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${label}${suffix}\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}

import {createHash} from 'node:crypto';

const STORE = Symbol.for('polyglot-policy-site.rememberedInProcess');

type Store = Map<string, {key: string; value: Promise<unknown>}>;

/**
 * The value `compute` gives for `key`, computed once per process for the
 * latest key of each `name`. `docusaurus build` builds the locales one
 * after the other in one process and loads every plugin again for each,
 * so content that is the same for every locale (the provenance of all
 * translations, a policy's versions) would otherwise be computed once per
 * locale. Only the latest key is kept: under `docusaurus start`, an edit
 * gives a new key and the old value is dropped. A failure is not kept.
 * The store lives on `globalThis` because Docusaurus may load a plugin's
 * module afresh for each locale.
 */
export async function rememberedInProcess<T>(name: string, key: string, compute: () => Promise<T>): Promise<T> {
  const holder = globalThis as {[STORE]?: Store};
  const store = (holder[STORE] ??= new Map());
  const entry = store.get(name);
  if (entry?.key === key) return entry.value as Promise<T>;
  const value = compute();
  store.set(name, {key, value});
  value.catch(() => {
    if (store.get(name)?.value === value) store.delete(name);
  });
  return value;
}

/** A key for `rememberedInProcess`: the SHA-256 of the JSON of everything the value depends on. */
export function contentKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

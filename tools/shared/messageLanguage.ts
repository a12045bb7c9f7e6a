import i18next, {type TFunction} from 'i18next';

/** Message catalogues by language (`en`, `fr`): each a JSON object of keys to i18next strings. */
export type Catalogues = Readonly<Record<string, object>>;

/** Whether `value` (`--lang`) is written as a language: `de`, `pt-BR`, `fr_FR.UTF-8`. */
export function isLanguageCode(value: string): boolean {
  return /^[a-z]{2,3}(?:[_.@-][\w.@-]*)?$/i.test(value);
}

/**
 * The language the tools speak to this user: `--lang` wins; otherwise the
 * locale of messages as POSIX orders it, `LC_ALL`, then `LC_MESSAGES`, then
 * `LANG`. `fr`, `fr_FR.UTF-8`, `fr-CA` give `fr` when it is `available`; a
 * language without messages (`de_DE`), `C` or nothing give English.
 */
export function pickLanguage<L extends string>(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  available: readonly L[],
): L | 'en' {
  const value = flag ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
  const base = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(value)?.[1]?.toLowerCase();
  return base !== undefined && (available as readonly string[]).includes(base) ? (base as L) : 'en';
}

/**
 * The one i18next set-up of the command-line tools: an instance of its own
 * (independent of any global one), initialised synchronously, plain-text
 * output (no HTML escaping of quoted values), English for a language
 * without messages or a missing key.
 *
 * @param namespace The catalogues' i18next namespace: commands keep theirs
 *   apart (`translation` for i18n:check, `translate` for translate).
 */
export function createMessageT(language: string, catalogues: Catalogues, namespace = 'translation'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    ns: [namespace],
    defaultNS: namespace,
    resources: Object.fromEntries(Object.entries(catalogues).map(([lang, messages]) => [lang, {[namespace]: messages}])),
    initAsync: false,
    interpolation: {escapeValue: false},
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  return instance.t;
}

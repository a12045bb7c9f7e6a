import {SOURCE_LOCALE} from '../../../src/config/locales';
import {deeplProvider} from './deeplProvider';
import {libreTranslateProvider} from './libreTranslateProvider';
import {openaiProvider} from './openaiProvider';
import type {Provider} from './provider';

export const PROVIDERS = ['deepl', 'openai', 'libretranslate'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Each provider's variables, for the messages that say what to set. */
export const PROVIDER_VARIABLES: Record<ProviderName, string> = {
  deepl: 'DEEPL_AUTH_KEY (required), DEEPL_SERVER_URL (optional)',
  openai: 'OPENAI_API_KEY, OPENAI_MODEL (required), OPENAI_BASE_URL (optional, for self-hosted gateways)',
  libretranslate: 'LIBRETRANSLATE_URL (required), LIBRETRANSLATE_API_KEY (optional)',
};

/** A configuration error: names the variable, quotes the value (never a key), says the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The provider named by `--provider`, else `TRANSLATE_PROVIDER`, built from
 * the environment only (API keys are never read from files or flags),
 * translating from `sourceLocale` (default: the source of site.config.ts).
 */
export function createProvider(flag: string | undefined, env: Env, sourceLocale: string = SOURCE_LOCALE): Provider {
  const name = flag ?? env.TRANSLATE_PROVIDER;
  const list = PROVIDERS.map((p) => `  ${p}: ${PROVIDER_VARIABLES[p]}`).join('\n');
  if (!name) throw new ConfigError(`No provider: pass --provider or set TRANSLATE_PROVIDER to one of:\n${list}`);
  if (!(PROVIDERS as readonly string[]).includes(name)) {
    throw new ConfigError(`Unknown provider "${name}" (from ${flag ? '--provider' : 'TRANSLATE_PROVIDER'}); use one of:\n${list}`);
  }
  const timeoutMs = positiveInt(env, 'TRANSLATE_TIMEOUT_MS', 60_000);
  const required = (variable: string) => {
    const value = env[variable];
    if (!value) throw new ConfigError(`${variable} is not set; the ${name} provider needs ${PROVIDER_VARIABLES[name as ProviderName]}`);
    return value;
  };
  switch (name as ProviderName) {
    case 'deepl':
      return deeplProvider({authKey: required('DEEPL_AUTH_KEY'), serverUrl: url(env, 'DEEPL_SERVER_URL'), timeoutMs, sourceLocale});
    case 'openai':
      return openaiProvider({apiKey: required('OPENAI_API_KEY'), model: required('OPENAI_MODEL'), baseURL: url(env, 'OPENAI_BASE_URL'), timeoutMs, sourceLocale});
    case 'libretranslate':
      required('LIBRETRANSLATE_URL');
      return libreTranslateProvider({url: url(env, 'LIBRETRANSLATE_URL') ?? '', apiKey: env.LIBRETRANSLATE_API_KEY, timeoutMs, sourceLocale});
  }
}

function url(env: Env, variable: string): string | undefined {
  const value = env[variable];
  if (!value) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(value)) throw new ConfigError(`${variable}="${value}" is not an http(s) URL; write it like https://api.example.com`);
  return value;
}

/** A positive integer variable, or its default. */
export function positiveInt(env: Env, variable: string, fallback: number): number {
  const value = env[variable];
  if (value === undefined || value === '') return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new ConfigError(`${variable}="${value}" must be a positive whole number (default ${fallback})`);
  return Number(value);
}

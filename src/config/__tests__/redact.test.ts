import {describe, expect, it} from 'vitest';

import {createRedactor, isSecretVariable, redactError, redactUrlCredentials} from '../redact';

describe('redactUrlCredentials', () => {
  it('shows *** for the user and password of every URL, also in URLs too broken to parse', () => {
    expect(redactUrlCredentials('MATOMO_URL="https://u:secret@example.org/x?a=1"')).toBe('MATOMO_URL="https://***@example.org/x?a=1"');
    expect(redactUrlCredentials('https://token@example.org/ and ftp://a:b@c')).toBe('https://***@example.org/ and ftp://***@c');
    expect(redactUrlCredentials('https://user:pass@stats.example.org:99999/')).toBe('https://***@stats.example.org:99999/');
    expect(redactUrlCredentials('https://:p@example.org/')).toBe('https://***@example.org/');
    // Not URLs with credentials: left alone.
    expect(redactUrlCredentials('contact@cloud-temple.com, https://example.org/a@b, mailto:x@y.org')).toBe('contact@cloud-temple.com, https://example.org/a@b, mailto:x@y.org');
  });
});

describe('createRedactor', () => {
  it('replaces the values of the known keys and of any *_KEY, *_TOKEN, *_SECRET variable, as written or URL-encoded', () => {
    const redact = createRedactor({
      DEEPL_AUTH_KEY: 'deepl-planted-1234:fx',
      OPENAI_API_KEY: 'sk-planted-openai',
      MY_SERVICE_TOKEN: 'tok_planted/+=',
      WEBHOOK_SECRET: 'whsec_planted',
      PATH: '/usr/bin',
      SHORT_KEY: '42',
    });
    const text = 'body: {"error": "bad key deepl-planted-1234:fx"} sk-planted-openai tok_planted%2F%2B%3D whsec_planted /usr/bin 42';
    expect(redact(text)).toBe('body: {"error": "bad key ***"} *** *** *** /usr/bin 42');
  });

  it('names the variables it treats as secrets', () => {
    expect(['DEEPL_AUTH_KEY', 'OPENAI_API_KEY', 'LIBRETRANSLATE_API_KEY', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'x_secret'].every(isSecretVariable)).toBe(true);
    expect(['MATOMO_URL', 'KEYBOARD', 'TOKENS', 'SITE_URL'].some(isSecretVariable)).toBe(false);
  });

  it('redacts a thrown error, message and stack', () => {
    const redact = createRedactor({X_TOKEN: 'planted-token-99'});
    const error = redactError(new TypeError('failed with planted-token-99'), redact);
    expect(error.name).toBe('TypeError');
    expect(error.message).toBe('failed with ***');
    expect(error.stack).not.toContain('planted-token-99');
  });
});

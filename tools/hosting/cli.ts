import path from 'node:path';
import {parseArgs} from 'node:util';

import {LOCALES} from '../../src/config/locales';
import {createRedactor} from '../../src/config/redact';
import {readSiteEnv} from '../../src/config/siteEnv';
import {generateHosting} from './generateHosting';
import {readAnalyticsOrigins} from './readAnalyticsOrigins';

/**
 * `npm run hosting -- [--build build] [--out hosting] [--listen 80]
 * [--server-name _] [--root /var/www/site]`: writes `nginx.conf` and
 * `_headers` for the build. Reads BASE_URL and MATOMO_URL like the build.
 */
function main(redact: (text: string) => string): void {
  const {values} = parseArgs({
    options: {
      build: {type: 'string', default: 'build'},
      out: {type: 'string', default: 'hosting'},
      listen: {type: 'string', default: '80'},
      'server-name': {type: 'string', default: '_'},
      root: {type: 'string', default: '/var/www/site'},
    },
  });
  const result = generateHosting({
    buildDir: path.resolve(values.build),
    outDir: path.resolve(values.out),
    baseUrl: readSiteEnv(process.env).baseUrl,
    locales: LOCALES.map((l) => l.code),
    analyticsOrigins: readAnalyticsOrigins(process.env),
    nginx: {listen: values.listen, serverName: values['server-name'], root: values.root},
  });
  console.log(redact(`Read ${result.pages} pages. Wrote ${result.nginxConf} and ${result.headersFile}.`));
  console.log(redact(`Content-Security-Policy: ${result.contentSecurityPolicy}`));
}

// What it prints goes through the one redaction (URL credentials, secret variables): CI logs are often public.
const redact = createRedactor(process.env);
try {
  main(redact);
} catch (error) {
  console.error(redact(error instanceof Error ? error.message : String(error)));
  process.exitCode = 1;
}

import path from 'node:path';
import {parseArgs} from 'node:util';

import {LOCALES} from '../../src/config/locales';
import {readSiteEnv} from '../../src/config/siteEnv';
import {generateHosting} from './generateHosting';
import {readAnalyticsOrigins} from './readAnalyticsOrigins';

/**
 * `npm run hosting -- [--build build] [--out hosting] [--listen 80]
 * [--server-name _] [--root /var/www/site]`: writes `nginx.conf` and
 * `_headers` for the build. Reads BASE_URL and MATOMO_URL like the build.
 */
function main(): void {
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
  console.log(`Read ${result.pages} pages. Wrote ${result.nginxConf} and ${result.headersFile}.`);
  console.log(`Content-Security-Policy: ${result.contentSecurityPolicy}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

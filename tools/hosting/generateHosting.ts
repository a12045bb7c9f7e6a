import fs from 'node:fs';
import path from 'node:path';

import {collectInlineCode} from './collectInlineCode';
import {createContentSecurityPolicy} from './createContentSecurityPolicy';
import {createHeadersFile} from './createHeadersFile';
import {createNginxServerBlock} from './createNginxServerBlock';
import {createSecurityHeaders} from './createSecurityHeaders';

export interface GenerateHostingOptions {
  /** The built site (`build/`). */
  buildDir: string;
  /** Where `nginx.conf` and `_headers` are written. */
  outDir: string;
  baseUrl: string;
  /** Locale codes, default first. */
  locales: readonly string[];
  analyticsOrigins: readonly string[];
  nginx: {listen: string; serverName: string; root: string};
}

/** What was written, for the command line to report. */
export interface GeneratedHosting {
  nginxConf: string;
  headersFile: string;
  contentSecurityPolicy: string;
  pages: number;
}

/**
 * Reads every HTML page of the build, computes the policy from their inline
 * code and writes the nginx server block and the `_headers` file, so that
 * the hosting always matches the build it serves.
 */
export function generateHosting(options: GenerateHostingOptions): GeneratedHosting {
  const pages = fs
    .readdirSync(options.buildDir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  if (pages.length === 0) {
    throw new Error(`No HTML page in "${options.buildDir}". Build the site first: npm run build`);
  }
  const contentSecurityPolicy = createContentSecurityPolicy({
    inline: pages.map((file) => collectInlineCode(fs.readFileSync(file, 'utf8'))),
    analyticsOrigins: options.analyticsOrigins,
  });
  const headers = createSecurityHeaders(contentSecurityPolicy);
  const [defaultLocale = ''] = options.locales;
  fs.mkdirSync(options.outDir, {recursive: true});
  const nginxConf = path.join(options.outDir, 'nginx.conf');
  const headersFile = path.join(options.outDir, '_headers');
  fs.writeFileSync(
    nginxConf,
    createNginxServerBlock({...options.nginx, baseUrl: options.baseUrl, locales: options.locales, headers}),
  );
  fs.writeFileSync(
    headersFile,
    createHeadersFile({baseUrl: options.baseUrl, locales: options.locales, defaultLocale, headers}),
  );
  return {nginxConf, headersFile, contentSecurityPolicy, pages: pages.length};
}

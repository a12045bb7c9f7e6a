import input from '../../site.config';
import {validateSiteConfig, type SiteConfig} from './siteConfig';

/**
 * This site's configuration, `site.config.ts` validated: the one module
 * that reads it. A mistake stops whatever loads it (the build, a tool, a
 * test) with every problem named, quoted and its fix said.
 */
export const SITE_CONFIG: SiteConfig = validateSiteConfig(input);

import type {PageProvenance} from '@site/src/plugins/translation-provenance/types';

/** HTML attributes of the element around a doc body shown in a target locale. */
export interface ContentAttributes {
  lang?: string;
  'data-translation-status': string;
  'its-tool'?: string;
  'its-rev-person'?: string;
}

/**
 * Attributes that tell tools what the body is. A missing translation shows
 * the French text: `lang` says so, for screen readers and search engines.
 * Otherwise W3C ITS 2.0 Provenance, local HTML form
 * (https://www.w3.org/TR/its20/#provenance): `its-tool` names the engine
 * that translated it, `its-rev-person` the person who reviewed it. ITS's
 * MT Confidence (`its-mt-confidence` + `its-annotators-ref`) is not used:
 * no engine gives us a score.
 */
export function contentAttributes(provenance: PageProvenance, sourceLang: string): ContentAttributes {
  const attributes: ContentAttributes = {'data-translation-status': provenance.status};
  if (provenance.status === 'missing') attributes.lang = sourceLang;
  if (provenance.engine !== undefined && provenance.engine !== 'human') attributes['its-tool'] = provenance.engine;
  if (provenance.reviewedBy !== undefined) attributes['its-rev-person'] = provenance.reviewedBy;
  return attributes;
}

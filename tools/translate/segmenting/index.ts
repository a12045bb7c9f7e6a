/**
 * Segmenting: a page into the segments sent to a provider (prose, front-matter fields, attributes,
 * with inline markup as tags and the glossary applied), and the translated segments back into a
 * page.
 */
export {applyGlossary, EMPTY_GLOSSARY, type Glossary, glossaryTerms} from './glossary';
export {type TagMarkup} from './inlineTagged';
export {nestSegments, splice} from './nestSegments';
export {readGlossary} from './readGlossary';
export {type OutputRange, renderPage} from './renderPage';
export {renderSegment} from './renderSegment';
export {type Segment, type SegmentKind, segmentPage} from './segmentPage';
export {createSegmenter, type SegmentFor} from './segmentWithGlossary';
export {collapseWhitespace, escapeXml, plainText, tagMismatch, tokenizeTagged, unescapeXml} from './taggedText';

/**
 * The translation memory: each locale's segments and their translations
 * (`i18n/.tm/<locale>.json`), seeded from pages already translated.
 */
export {learnFromExisting} from './learnFromExisting';
export {type Found, type MemoryFile, openMemory} from './memoryFile';
export {seedMemory} from './seedMemory';
export {emptyMemory, parseMemory, segmentKey, serializeMemory, type TranslationMemory} from './translationMemory';

/**
 * UI strings (`i18n/<locale>/*.json`): planned, translated and written like pages.
 */
export {translateUiStrings, type UiReport} from './translateUiStrings';
export {planUiFile, renderUi, uiTagged} from './uiStrings';

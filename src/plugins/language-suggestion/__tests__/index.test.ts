import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it, vi} from 'vitest';

import languageSuggestionPlugin from '../index';

describe('language-suggestion plugin', () => {
  it('hands the browser every target locale’s words as global data', async () => {
    const messages = {de: {text: 'Diese Seite gibt es auch auf Deutsch.', link: 'Auf Deutsch lesen', dismiss: 'Schließen'}};
    const plugin = languageSuggestionPlugin({} as LoadContext, {messages});
    const setGlobalData = vi.fn();
    await plugin.contentLoaded?.({content: undefined, actions: {setGlobalData} as never});
    expect(setGlobalData).toHaveBeenCalledWith({messages});
  });
});

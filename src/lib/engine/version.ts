/**
 * Stored with every deck. Bump it when extraction or question generation changes what a deck
 * would contain, so the app can offer to regenerate older decks (progress on unchanged questions
 * is kept, because question ids do not depend on the engine).
 */
// 2: dates asked only of their own clause, balanced true/false, no true value among the wrong
// options, at most five questions per sentence.
export const ENGINE_VERSION = '2';

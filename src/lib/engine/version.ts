/**
 * Stored with every deck. Bump it when extraction or question generation changes what a deck
 * would contain, so the app can offer to regenerate older decks (progress on unchanged questions
 * is kept, because question ids do not depend on the engine).
 */
export const ENGINE_VERSION = '1';

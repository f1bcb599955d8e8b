/** `@citation-js/plugin-ris` registers itself with citation-js when imported; it exports nothing. */
declare module '@citation-js/plugin-ris';

/**
 * Types for what this site uses of `@citation-js/plugin-ris` 0.8, which ships none (core,
 * plugin-bibtex and plugin-csl 0.9 ship their own): the `ris` output format, added to core's
 * output formats. The package itself is imported only for its side effect (registering the
 * plugin); its module declaration is in citation-js-plugin-ris-module.d.ts.
 */
import '@citation-js/core';

declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        ris:
          | ((options: { format: 'object'; spec?: 'mixed' | 'new' | 'old' }) => Array<Record<string, string | number | Array<string | number>>>)
          | ((options?: { format?: 'text'; spec?: 'mixed' | 'new' | 'old' }) => string);
      }
    }
  }
}

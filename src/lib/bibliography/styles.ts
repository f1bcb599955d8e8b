/**
 * The reference styles the site shows, in the order it shows them, and the file each is read
 * from: our copies of the CSL styles in vendor/csl-styles/ (see the comment at the top of each for
 * what the site changed). Plain data, so the build's configuration can start citeproc on these
 * files before anything is bundled (prefetch.ts), and citation-js.ts hands the same text to pages.
 */
export const styleFolder = 'vendor/csl-styles';

export const referenceStyleFiles = [
  { id: 'apa', label: 'APA', title: 'APA Style 7th edition', file: 'apa.csl' },
  { id: 'ieee', label: 'IEEE', title: 'IEEE Reference Guide', file: 'ieee.csl' },
  { id: 'acm', label: 'ACM', title: 'ACM SIG Proceedings', file: 'acm-sig-proceedings.csl' },
] as const;

export type ReferenceStyle = (typeof referenceStyleFiles)[number]['id'];

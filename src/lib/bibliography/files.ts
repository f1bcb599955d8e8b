/** The downloadable citation files the site publishes, their paths and content types. */
export const contentTypes = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;

export const bibliographyFiles = {
  bib: '/bibliography.bib',
  json: '/bibliography.json',
  ris: '/bibliography.ris',
} as const;

export const phaseBibPath = (phaseId: string) => `/phases/${phaseId}.bib`;
export const paperBibPath = (paperId: string) => `/papers/${paperId}.bib`;
export const paperRisPath = (paperId: string) => `/papers/${paperId}.ris`;

export const textResponse = (body: string, type: keyof typeof contentTypes) => new Response(body, { headers: { 'Content-Type': contentTypes[type] } });

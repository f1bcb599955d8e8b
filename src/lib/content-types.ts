/**
 * The content type of every kind of file the site publishes: the endpoints send them, the test
 * and benchmark server serves dist/ with them, and the README's server set-ups list the same.
 */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/** CSL-JSON's own type, for the bibliography's .json file. */
export const CSL_JSON_TYPE = 'application/vnd.citationstyles.csl+json; charset=utf-8';

/** An endpoint's response: `body` with the content type of `extension` (or `type`). */
export const fileResponse = (body: string, extension: string, type = contentTypes[extension]) =>
  new Response(body, { headers: { 'Content-Type': type ?? 'application/octet-stream' } });

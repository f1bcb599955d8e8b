import type { APIRoute } from 'astro';
import { getBibliography } from '../data/bibliography.ts';
import { cslJson } from '../lib/bibliography/index.ts';
import { CSL_JSON_TYPE, fileResponse } from '../lib/content-types.ts';

export const GET: APIRoute = async () => fileResponse(`${JSON.stringify(cslJson((await getBibliography()).works), null, 2)}\n`, '.json', CSL_JSON_TYPE);

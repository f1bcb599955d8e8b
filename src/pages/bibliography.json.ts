import type { APIRoute } from 'astro';
import { getBibliography } from '../data/bibliography.ts';
import { cslJson } from '../lib/bibliography/index.ts';
import { textResponse } from '../lib/bibliography/files.ts';

export const GET: APIRoute = async () => textResponse(`${JSON.stringify(cslJson((await getBibliography()).works), null, 2)}\n`, 'json');

import type { APIRoute } from 'astro';
import { getBibliography } from '../data/bibliography.ts';
import { risFile } from '../lib/bibliography/index.ts';
import { textResponse } from '../lib/bibliography/files.ts';

export const GET: APIRoute = async () => textResponse(risFile((await getBibliography()).works), 'ris');

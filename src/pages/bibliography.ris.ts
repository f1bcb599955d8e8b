import type { APIRoute } from 'astro';
import { getBibliography } from '../data/bibliography.ts';
import { risFile } from '../lib/bibliography/index.ts';
import { fileResponse } from '../lib/content-types.ts';

export const GET: APIRoute = async () => fileResponse(risFile((await getBibliography()).works), '.ris');

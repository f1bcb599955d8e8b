import type { APIRoute } from 'astro';
import { getCurriculum } from '../../data/curriculum.ts';
import { curriculumJson } from '../../lib/curriculum-json.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(curriculumJson(await getCurriculum()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

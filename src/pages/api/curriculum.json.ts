import type { APIRoute } from 'astro';
import { getCurriculum } from '../../data/curriculum.ts';
import { fileResponse } from '../../lib/content-types.ts';
import { curriculumJson } from '../../lib/curriculum-json.ts';

export const GET: APIRoute = async () => fileResponse(`${JSON.stringify(curriculumJson(await getCurriculum()), null, 2)}\n`, '.json');

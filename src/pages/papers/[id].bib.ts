import { bibtexOfWork, workPaths } from '../../data/work-files.ts';

export const getStaticPaths = workPaths('paper');
export const GET = bibtexOfWork;

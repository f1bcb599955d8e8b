import { bibtexOfWork, workPaths } from '../../data/work-files.ts';

export const getStaticPaths = workPaths('book');
export const GET = bibtexOfWork;

import { risOfWork, workPaths } from '../../data/work-files.ts';

export const getStaticPaths = workPaths('paper');
export const GET = risOfWork;

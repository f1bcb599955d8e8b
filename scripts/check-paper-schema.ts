import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { paperSchema } from '/work/main/src/schemas/paper.ts';
const dir = '/work/main/content/papers';
let bad = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
  const r = paperSchema.safeParse(parse(readFileSync(`${dir}/${f}`, 'utf8')));
  if (!r.success) { bad++; for (const i of r.error.issues) console.log(`${f}: ${i.path.join('.')}: ${i.message}`); }
}
console.log(bad ? `${bad} bad files` : 'all paper files pass the schema');

import { catalog } from './src/i18n/catalogs.ts';
import { knowledgeData } from './src/knowledge/index.ts';
import { checkAndPlanPassages, scorePassages, MIN_WORDS } from './src/safety/readability.ts';
import { NAMED_TERMS } from './src/safety/readability-exceptions.ts';
const m = catalog('en').messages;
const ps = checkAndPlanPassages(knowledgeData, Object.keys(m));
const sc = scorePassages(ps, m, NAMED_TERMS).filter(s=>s.words>=MIN_WORDS);
const plain = scorePassages(ps, m, new Set()).filter(s=>s.words>=MIN_WORDS);
const med = (a:number[])=>{const b=[...a].sort((x,y)=>x-y);return b[b.length>>1]};
console.log('passages', sc.length, 'median', med(sc.map(s=>s.grade)).toFixed(2), 'over8', sc.filter(s=>s.grade>8).length, 'max', Math.max(...sc.map(s=>s.grade)).toFixed(1), '| no terms: median', med(plain.map(s=>s.grade)).toFixed(2), 'over8', plain.filter(s=>s.grade>8).length);
const fam = new Map<string,number[]>(); for (const s of sc) { const f = s.id.split(':')[0]; (fam.get(f) ?? fam.set(f,[]).get(f)!).push(s.grade); }
for (const [f,g] of fam) console.log(' ', f, g.length, 'median', med(g).toFixed(1), 'over8', g.filter(x=>x>8).length);
if (process.argv[2]) for (const s of sc.filter(s=>s.grade>8).sort((a,b)=>b.grade-a.grade)) console.log(s.id, s.grade.toFixed(1));

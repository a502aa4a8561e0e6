import { syllable } from 'syllable';
import { fleschKincaid } from 'flesch-kincaid';
import k from './src/i18n/catalogs/en/knowledge.json' with {type:'json'};
import { knowledgeData as kb } from './src/knowledge/index.ts';
const K = k as Record<string,string>;
const TERMS = /^(paracetamol|acetaminophen|ibuprofen|naproxen|diclofenac|anti-inflammator(y|ies)|physiotherapists?|cauda|equina|syndrome|magnesium|potassium|calcium|diabetes|osteoporosis|medicines?|pharmacists?|emergency|infection|pregnancy|pregnant|kidneys?|gallbladder|pancreas|pancreatitis|aneurysm|aorta|rhabdomyolysis|tetanus|meningitis|sepsis|shingles|antiviral|statins?|diuretic|digoxin|warfarin|apixaban|rivaroxaban|clopidogrel|spironolactone|amiloride|eplerenone|ramipril|lisinopril|losartan|atorvastatin|simvastatin|salmeterol|formoterol|omeprazole|prednisolone|diazepam|cyclobenzaprine|methocarbamol|codeine|tramadol|morphine|co-codamol|bendroflumethiazide|indapamide|furosemide|inhibitor|vaccination|supplements?|physiotherapy|sciatica|arthritis|spondyloarthritis|neuropathy|hospital|ambulance|abdomen|urinary|vertebra|cancer|doctor|arteries|artery)$/i;
const words = (t:string)=> t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const sents = (t:string)=> { const n = (t.match(/[.!?]+(?=\s|$)/g) ?? []).length; return Math.max(1, n + (/[.!?]["”’)]*\s*$/.test(t.trim())?0:1)); };
function grade(parts: string[], terms: boolean) { let s=0,w=0,y=0; for (const p of parts) { if(!p) continue; const ws = words(p); s+=sents(p); w+=ws.length; y+=ws.reduce((a,x)=>a+(terms && TERMS.test(x)?1:Math.max(1,syllable(x))),0);} return fleschKincaid({sentence:s,word:w,syllable:y}); }
const P: [string,string[]][] = [];
for (const q of kb.questions) P.push([`question:${q.id}`, [K[`question.${q.id}.gateway`], K[`question.${q.id}.text`], ...q.items.map(i=>K[`finding.${i}.text`]), K[`question.${q.id}.none`], K[`question.${q.id}.why`]]]);
for (const r of kb.triageRules) P.push([`triage:${r.id}`, [K[`triage.${r.id}.text`]]]);
for (const c of kb.causes) P.push([`cause:${c.id}`, [K[`cause.${c.id}.summary`], K[`cause.${c.id}.next`]]]);
for (const a of kb.advice) P.push([`advice:${a.id}`, [K[`advice.${a.id}.title`], K[`advice.${a.id}.gradeNote`], K[`advice.${a.id}.text`]]]);
for (const a of kb.advice) if (a.timer) P.push([`timer:${a.id}`, Object.keys(K).filter(x=>x.startsWith(`advice.${a.id}.timer.`)).map(x=>K[x])]);
for (const s of kb.seedClaims) P.push([`seed:${s.id}`, [K[`seed.${s.id}.claim`], K[`seed.${s.id}.verdict`], K[`seed.${s.id}.gradeNote`]]]);
for (const s of kb.safetyRules) P.push([`safety:${s.id}`, [K[`safety.${s.id}.why`], K[`safety.${s.id}.caution`], K[`safety.${s.id}.warning`]]]);
P.push(['safetyNet', kb.safetyNet.map(s=>K[`safetyNet.${s.id}.text`])]);
const fam = new Map<string, number[]>();
for (const [id, parts] of P) { const g = grade(parts, true); const g0=grade(parts,false); const f=id.split(':')[0]; (fam.get(f) ?? fam.set(f,[]).get(f)!).push(g); if (g>8) console.log(id.padEnd(50), g.toFixed(1), g0.toFixed(1)); }
for (const [f, gs] of fam) { gs.sort((a,b)=>a-b); console.log(f, gs.length, 'median', gs[gs.length>>1].toFixed(1), 'over8', gs.filter(g=>g>8).length); }

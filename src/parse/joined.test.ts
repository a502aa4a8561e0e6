/**
 * Statements joined into one sentence read as each does alone. A phrase with a free gap, a denial or an
 * "is normal" that reached across "and" or a comma into the next statement read "my back hurts and my
 * legs are numb" as leg pain, "I have no fever and my foot drags" as no weakness, "I have diabetes,
 * peeing is normal" as no diabetes, and "سقطت ولا أستطيع التبول" (I fell and can't pee) as no trouble
 * peeing. Every ordered pair of these statements, joined by "and" and by a comma, must give exactly the
 * findings of the two alone (pairs that speak of the same finding are left out: they contradict or
 * repeat each other). In English, Spanish and Arabic.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const ENGLISH = [
  'my back hurts',
  "I can't pee",
  'I have a fever',
  'my legs are numb',
  'it burns when I pee',
  'I feel sick',
  'my calf is swollen',
  'I fell over',
  'my bum is numb',
  'I wet myself',
  'my left leg is weak',
  'I have chest pain',
  "I'm short of breath",
  'I feel dizzy',
  'I have a rash on one side',
  'the pain goes down my leg',
  'it hurts more at night',
  'I lost weight',
  'I take warfarin',
  'I have diabetes',
  "I'm pregnant",
  'I had cancer',
  'the pain comes in waves',
  'I have blood in my pee',
  'I am shivering',
  'I feel confused',
  'my jaw is locked',
  'my lips are tingling',
  'I have pain in my side',
  'it started suddenly',
  'I was lifting a box',
  'the pain is 7/10',
  'it eases when I rest',
  'I feel very unwell',
  'I have no fever',
  "I don't have any numbness",
  'my bladder is fine',
  'my legs are fine',
  "I haven't fallen",
  'my foot drags',
  'I take ibuprofen',
  'I have had back pain for 3 weeks',
];

const SPANISH = [
  'me duele la espalda',
  'no puedo orinar',
  'tengo fiebre',
  'tengo las piernas dormidas',
  'me arde al orinar',
  'tengo náuseas',
  'tengo la pantorrilla hinchada',
  'me caí',
  'tengo el culo dormido',
  'me hice pis encima',
  'tengo la pierna izquierda débil',
  'me duele el pecho',
  'me falta el aire',
  'estoy mareada',
  'el dolor baja por la pierna',
  'me duele más por la noche',
  'he perdido peso',
  'tomo sintrom',
  'tengo diabetes',
  'estoy embarazada',
  'tuve cáncer',
  'tengo sangre en la orina',
  'tengo escalofríos',
  'estoy confusa',
  'no tengo fiebre',
  'tomo ibuprofeno',
  'el dolor es un 7 de 10',
];

const ARABIC = [
  'ظهري يؤلمني',
  'لا أستطيع التبول',
  'عندي حمى',
  'رجلاي مخدرتان',
  'يحرقني عند التبول',
  'عندي غثيان',
  'سقطت',
  'عندي ألم في الصدر',
  'عندي ضيق في التنفس',
  'أشعر بدوخة',
  'الألم ينزل إلى رجلي',
  'فقدت وزني',
  'آخذ الوارفارين',
  'عندي سكري',
  'أنا حامل',
  'كان عندي سرطان',
  'عندي دم في البول',
  'عندي قشعريرة',
  'ما عندي حرارة',
  'آخذ إيبوبروفين',
];

const LANGUAGES = [
  { lang: 'en', statements: ENGLISH, joins: [' and ', ', '] },
  { lang: 'es', statements: SPANISH, joins: [' y ', ', '] },
  { lang: 'ar', statements: ARABIC, joins: [' و', '، '] },
] as const;

describe.each(LANGUAGES)('statements joined in one sentence ($lang)', ({ lang, statements, joins }) => {
  const read = (text: string) =>
    parseStory({ text, sex: 'female', age: 40 }, lang).evidence.map((e) => `${e.id}:${e.state}`);
  const alone = new Map(statements.map((s) => [s, read(`${s}.`)]));
  const ids = (s: string) => new Set((alone.get(s) ?? []).map((x) => x.split(':')[0]));

  it('each statement alone says something', () => {
    for (const [s, found] of alone) expect(found.length, s).toBeGreaterThan(0);
  });

  it.each(joins)('read as each alone when joined by "%s"', (join) => {
    const wrong: string[] = [];
    for (const a of statements)
      for (const b of statements) {
        if (a === b || [...ids(a)].some((id) => ids(b).has(id))) continue;
        const text = `${a}${join}${b}.`;
        const got = new Set(read(text));
        const want = new Set([...(alone.get(a) ?? []), ...(alone.get(b) ?? [])]);
        const extra = [...got].filter((x) => !want.has(x));
        const lost = [...want].filter((x) => !got.has(x));
        if (extra.length > 0 || lost.length > 0)
          wrong.push(`"${text}": extra ${extra.join(' ') || '-'}, lost ${lost.join(' ') || '-'}`);
      }
    expect(wrong).toEqual([]);
  });
});

/**
 * Readings found wrong by blind Spanish and Arabic stories (src/parse/testing/stories-blind.*.json,
 * written before the lexicons were read): each block holds the general pattern that was missing, and the
 * plain readings next to it that must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const state = (lang: string, text: string, id: string) =>
  parseStory({ text, today: '2026-12-07' }, lang).evidence.find((e) => e.id === id)?.state;
const es = (text: string, id: string) => state('es', text, id);
const ar = (text: string, id: string) => state('ar', text, id);

describe('Spanish: a clinical denial list that ends in "anestesia en silla de montar"', () => {
  it('denies every item, the five-word term and "alteraciones de esfínteres" included', () => {
    const text = 'Niega fiebre, pérdida de peso, incontinencia o anestesia en silla de montar.';
    expect(es(text, 'saddle_numbness')).toBe('absent');
    expect(es(text, 'incontinence')).toBe('absent');
    expect(
      es('Niega fiebre, alteraciones de esfínteres o anestesia en silla de montar.', 'incontinence'),
    ).toBe('absent');
    expect(es('Sin alteraciones de esfínteres.', 'urinary_retention')).toBe('absent');
  });

  it('still reads the term said, or hedged as something read', () => {
    expect(es('Tengo anestesia en silla de montar desde ayer.', 'saddle_numbness')).toBe('present');
    expect(es('hormigueo en silla de montar', 'saddle_numbness')).toBe('present');
    expect(es('Leí que la anestesia en silla de montar es grave', 'saddle_numbness')).toBeUndefined();
  });
});

describe('Spanish: a leg that gives way, said of someone else; pain that goes to the leg', () => {
  it('reads "se le dobla la pierna", "le fallan las piernas" as weakness', () => {
    expect(es('Mi papá dice que se le dobla la pierna derecha cuando camina', 'weakness_one_leg')).toBe(
      'present',
    );
    expect(es('A mi madre le fallan las piernas', 'weakness_both_legs')).toBe('present');
    expect(es('se me va la pierna al caminar', 'weakness_one_leg')).toBe('present');
  });

  it('reads "se me va a la pierna" as spread pain, never as the leg giving way', () => {
    expect(es('No se me va a la pierna.', 'weakness_one_leg')).toBeUndefined();
    expect(es('No se me va a la pierna.', 'leg_pain_below_knee')).toBe('absent');
    expect(es('el dolor se me va a la pierna', 'weakness_one_leg')).toBeUndefined();
    expect(es('el dolor se me va a la pierna', 'leg_pain_below_knee')).toBe('unknown');
  });

  it('reads legs that move well as no weakness, and nothing of numbness', () => {
    expect(es('Puedo mover las piernas bien.', 'weakness_both_legs')).toBe('absent');
    expect(es('Puedo mover las piernas bien.', 'numbness_both_legs')).toBeUndefined();
    expect(es('No puedo mover las piernas.', 'weakness_both_legs')).toBe('present');
  });
});

describe('Spanish: falls, onsets, fear, alcohol and cough in more words', () => {
  it('reads a fall from a height as major trauma only', () => {
    expect(es('Me caí de un andamio de unos tres metros ayer', 'onset_major_trauma')).toBe('present');
    expect(es('Me caí de un andamio de unos tres metros ayer', 'onset_minor_fall')).toBeUndefined();
    expect(es('me caí en la calle', 'onset_minor_fall')).toBe('present');
  });

  it('reads "no se ha caído" as a denied fall', () => {
    expect(es('No se ha caído ni se ha golpeado.', 'onset_minor_fall')).toBe('absent');
    expect(es('Escribo por mi madre de 80 años. Se ha caído en casa.', 'onset_minor_fall')).toBe('present');
  });

  it('reads moving house, a morning in the garden and "tras esfuerzo" as the lifting onset', () => {
    expect(es('Me duele la espalda desde que me mudé de casa', 'onset_lifting_twisting')).toBe('present');
    expect(es('Empezó después de estar toda la mañana en el jardín.', 'onset_lifting_twisting')).toBe(
      'present',
    );
    expect(es('lumbalgia de 4 días tras esfuerzo', 'onset_lifting_twisting')).toBe('present');
  });

  it('reads being scared, drinking a lot, and the jolt of a cough', () => {
    expect(es('Me duele la espalda y estoy asustada.', 'struggling_to_cope')).toBe('present');
    expect(es('Tomo bastante alcohol, la verdad, casi todos los días.', 'alcohol_regular')).toBe('present');
    expect(es('No tomo alcohol.', 'alcohol_regular')).toBe('absent');
    expect(es('Cuando toso o estornudo me da un latigazo.', 'pain_worse_cough_sneeze')).toBe('present');
  });

  it('reads the US Spanish "lower back"', () => {
    expect(es('tengo un dolor en la lower back desde hace 5 días', 'pain_lower_back')).toBe('present');
  });
});

describe('Arabic: the saddle area in dialect words', () => {
  it('reads the Levantine "ما حس" when wiping, and "بين فخوذي"', () => {
    const wipe = 'من يومين صرت ما حس بشي لما امسح بعد الحمام';
    expect(ar(wipe, 'saddle_numbness')).toBe('present');
    // It was read as a denial of trouble peeing (the "ما" reaching "الحمام").
    expect(ar(wipe, 'urinary_retention')).not.toBe('absent');
    expect(ar('وفيه خدر بين فخوذي', 'saddle_numbness')).toBe('present');
    expect(ar('ما حس برجلي', 'numbness_one_leg')).toBe('present');
  });
});

describe('Arabic: Gulf and Maghrebi words for legs, pain and yellow eyes', () => {
  it('reads "رجوله الثنتين صارت ضعيفة" as weakness of both legs', () => {
    expect(ar('أبوي يقول رجوله الثنتين صارت ضعيفة', 'weakness_both_legs')).toBe('present');
  });

  it('reads "ظهره يعوره" and Maghrebi "الضهر كيضرني" as back pain, and nothing of a head', () => {
    expect(ar('ظهره يعوره من شهر', 'pain_lower_back')).toBe('present');
    expect(ar('الضهر كيضرني بزاف', 'pain_lower_back')).toBe('present');
    expect(ar('راسي كيضرني', 'pain_lower_back')).toBeUndefined();
  });

  it('reads a band of water blisters named first as the shingles rash', () => {
    expect(ar('ومعاه حزام من الحبوب المية على الجنب اليمين', 'rash_band_one_side')).toBe('present');
  });

  it('reads yellow eyes in the plural adjective', () => {
    expect(ar('عينيه صارو صفرين', 'yellow_skin_eyes')).toBe('present');
  });
});

describe('Arabic: words that were read as other findings', () => {
  it('reads a belly that beats as pulsing in the belly, not palpitations', () => {
    const belly = 'وأشعر بخفقان في البطن مثل نبض القلب';
    expect(ar(belly, 'pulsing_in_belly')).toBe('present');
    expect(ar(belly, 'palpitations')).toBeUndefined();
    expect(ar('عندي خفقان وقلبي يدق بسرعة', 'palpitations')).toBe('present');
  });

  it('reads pain that increases when bending as pain on moving, not getting worse over days', () => {
    expect(ar('الألم ٧ من ١٠ ويزداد عند الانحناء', 'getting_worse')).toBeUndefined();
    expect(ar('الألم ٧ من ١٠ ويزداد عند الانحناء', 'pain_worse_movement')).toBe('present');
    expect(ar('الوجع بيزيد يوم عن يوم', 'getting_worse')).toBe('present');
    expect(ar('الألم يزداد سوءا', 'getting_worse')).toBe('present');
  });

  it('reads a fall from a height as major trauma only', () => {
    const ladder = 'سقطت من على سلم ارتفاعه أربعة أمتار أمس';
    expect(ar(ladder, 'onset_major_trauma')).toBe('present');
    expect(ar(ladder, 'onset_minor_fall')).toBeUndefined();
    expect(ar('وقعت في البيت امبارح', 'onset_minor_fall')).toBe('present');
  });
});

describe('Spanish: turning in bed, sitting a while, and a diagnosis someone was told', () => {
  it('reads turning over and a long sit as pain that changes with movement or position', () => {
    expect(es('Me duele cuando me doy vuelta en la cama', 'pain_worse_movement')).toBe('present');
    expect(es('Me duele más cuando estoy mucho rato sentado en el carro.', 'pain_worse_movement')).toBe(
      'present',
    );
    expect(es('estoy sentado y me duele la espalda', 'pain_worse_movement')).toBeUndefined();
  });

  it('reads "me dijeron que es ciática" as a diagnosis given before', () => {
    expect(es('Me dijeron que es ciática.', 'previous_similar_diagnosis_sciatica')).toBe('present');
    expect(es('Tengo miedo de que sea ciática.', 'previous_similar_diagnosis_sciatica')).toBeUndefined();
  });
});

describe('Arabic: peeing said with the verb of now', () => {
  it('reads "عم يبول طبيعي" as a denial of trouble peeing', () => {
    expect(ar('ما عنده حرارة، وعم يبول طبيعي.', 'urinary_retention')).toBe('absent');
    expect(ar('ببول عادي والحمد لله', 'urinary_retention')).toBe('absent');
  });

  it('reads not peeing normally, or not since a time, as trouble peeing, never a denial', () => {
    expect(ar('ما بيبول طبيعي', 'urinary_retention')).toBe('present');
    expect(ar('مش ببول كويس من يومين', 'urinary_retention')).toBe('present');
    expect(ar('ما عم يبول من امبارح', 'urinary_retention')).toBe('present');
  });
});

describe('Arabic: legs moved normally, toes, the Maghrebi way down the leg, a back complained of', () => {
  it('reads legs moved normally as no weakness, and "ما أقدر أحرك رجليا" still as weakness', () => {
    expect(ar('أستطيع تحريك ساقيّ بشكل طبيعي.', 'weakness_both_legs')).toBe('absent');
    expect(ar('أستطيع تحريك ساقيّ بشكل طبيعي.', 'numbness_both_legs')).toBeUndefined();
    expect(ar('ما أقدر أحرك رجليا', 'weakness_both_legs')).toBe('present');
  });

  it('reads pain down to the toes as below the knee, and "حتى للركبة" as above it', () => {
    expect(ar('الوجع نازل على رجلي الشمال لحد الصوابع', 'leg_pain_below_knee')).toBe('present');
    expect(ar('ومرات يهبط لرجلي اليمنى حتى للركبة', 'leg_pain_above_knee')).toBe('present');
  });

  it('reads "يشتكي من ظهره" as back pain', () => {
    expect(ar('ولدي صار له أسبوع يشتكي من ظهره', 'pain_lower_back')).toBe('present');
  });
});

describe('Arabic: durations in Levantine and Maghrebi words', () => {
  const days = (text: string) =>
    parseStory({ text, today: '2026-12-07' }, 'ar').evidence.find((e) => e.id === 'duration_days')?.value;
  it('reads "تلت أيام", "هادي شي سيمانة" and "من عام"', () => {
    expect(days('صرلي تلت أيام عندي وجع بالخاصرة')).toBe(3);
    expect(days('الضهر كيضرني هادي شي سيمانة')).toBe(7);
    expect(days('عندي وجع في الظهر من عام')).toBe(365);
    expect(days('عندي وجع في الظهر من أسبوع')).toBe(7);
  });
});

describe('A denial phrase turned round by a "not" before it is left open, never absent', () => {
  it('reads "no camino normal", "مش ماشي كويس" and "I\'m not walking normally" as unknown', () => {
    expect(es('no camino normal', 'unsteady_walking')).toBe('unknown');
    expect(ar('مش ماشي كويس', 'unsteady_walking')).toBe('unknown');
    expect(state('en', "I'm not walking normally", 'unsteady_walking')).toBe('unknown');
  });

  it('still reads the plain denials', () => {
    expect(es('camino normal', 'unsteady_walking')).toBe('absent');
    expect(ar('ماشي كويس', 'unsteady_walking')).toBe('absent');
    expect(state('en', "I'm walking normally", 'unsteady_walking')).toBe('absent');
    expect(es('no bebo alcohol', 'alcohol_regular')).toBe('absent');
  });
});

describe('Spanish: going to the toilet as usual, Mexican words', () => {
  it('reads "orino normal y hago del baño normal" as no trouble with bladder or bowels', () => {
    const text = 'Orino normal y hago del baño normal.';
    expect(es(text, 'urinary_retention')).toBe('absent');
    expect(es(text, 'incontinence')).toBe('absent');
    expect(es('orino normal y voy al baño bien', 'urinary_retention')).toBe('absent');
  });

  it('leaves "no hago del baño normal" open and reads wetting oneself as incontinence', () => {
    expect(es('no hago del baño normal', 'urinary_retention')).toBe('unknown');
    expect(es('me hago del baño encima', 'incontinence')).toBe('present');
  });
});

describe('Arabic: Maghrebi "ولاو" (became)', () => {
  it('reads "عينيه ولاو صفرين" as yellow eyes', () => {
    expect(ar('خويا عينيه ولاو صفرين', 'yellow_skin_eyes')).toBe('present');
  });
});

describe('Spanish: complaints said with their own "no" were read as denials', () => {
  it('reads a fever that will not come down as a fever', () => {
    expect(es('no me baja la fiebre', 'fever')).toBe('present');
    expect(es('la fiebre no me baja con nada', 'fever')).toBe('present');
    expect(es('no tengo fiebre', 'fever')).toBe('absent');
    expect(es('fiebre no tengo', 'fever')).toBe('absent');
  });

  it('reads a bladder not felt, not working, or no urge, and a bare "no orino", never as no bladder trouble', () => {
    expect(es('no siento la vejiga', 'incontinence')).toBe('present');
    expect(es('no me funciona bien la vejiga', 'urinary_retention')).toBe('unknown');
    expect(es('no tengo ganas de orinar desde ayer', 'urinary_retention')).toBe('unknown');
    expect(es('ya no me duele tanto pero no orino', 'urinary_retention')).toBe('present');
    expect(es('orino bien', 'urinary_retention')).toBe('absent');
    expect(es('la vejiga bien', 'urinary_retention')).toBe('absent');
  });
});

describe('Arabic: complaints said with their own negation were read as denials', () => {
  it('reads a fever that will not come down as a fever', () => {
    expect(ar('ما عم تنزل الحرارة', 'fever')).toBe('present');
    expect(ar('الحرارة ما نزلت من يومين', 'fever')).toBe('present');
    expect(ar('ما عندي حرارة', 'fever')).toBe('absent');
    expect(ar('حرارتي طبيعية', 'fever')).toBe('absent');
  });

  it('reads the bladder not felt, not controlled well, and "ما عم بول" as bladder trouble', () => {
    expect(ar('ما بحس بالمثانة', 'incontinence')).toBe('present');
    expect(ar('ما بتحكم بالبول منيح', 'incontinence')).toBe('present');
    expect(ar('خف الوجع بس ما عم بول', 'urinary_retention')).toBe('present');
    expect(ar('التحكم بالبول طبيعي', 'incontinence')).toBe('absent');
  });

  it('leaves legs "not normal" and walking "not normally" open, never denied', () => {
    expect(ar('رجلي مش طبيعية، بتنمل', 'numbness_one_leg')).toBe('unknown');
    expect(ar('رجلي مش طبيعية', 'weakness_one_leg')).toBe('unknown');
    expect(ar('رجليا تمام', 'weakness_both_legs')).toBe('absent');
    expect(ar('ما بقدر امشي طبيعي', 'unsteady_walking')).not.toBe('absent');
    expect(ar('مش قادر أمشي كويس', 'unsteady_walking')).not.toBe('absent');
    expect(ar('بمشي طبيعي', 'unsteady_walking')).toBe('absent');
  });
});

describe('A cancer said to be gone is a cancer had', () => {
  it('reads "no tengo cáncer ahora, me lo quitaron" and "ما عندي سرطان هلأ" as a history of cancer', () => {
    expect(es('no tengo cáncer ahora, me lo quitaron hace 2 años', 'history_cancer')).toBe('present');
    expect(es('ya no tengo cáncer', 'history_cancer')).toBe('present');
    expect(ar('ما عندي سرطان هلأ، شالوه من سنتين', 'history_cancer')).toBe('present');
    expect(ar('لم يعد لدي سرطان بعد العلاج', 'history_cancer')).toBe('present');
  });

  it('still reads a cancer never had as denied', () => {
    expect(es('no he tenido cáncer', 'history_cancer')).toBe('absent');
    expect(es('no tuve cáncer pero mi mamá sí', 'history_cancer')).toBe('absent');
    expect(ar('ما عندي سرطان', 'history_cancer')).toBe('absent');
    expect(ar('لم أصب بالسرطان', 'history_cancer')).toBe('absent');
  });
});

describe('"Can\'t feel" said with "can" (read as nothing before)', () => {
  it('reads "no puedo sentir las piernas" and "no puedo sentir nada entre las piernas"', () => {
    expect(es('no puedo sentir las piernas', 'numbness_both_legs')).toBe('present');
    expect(es('no puedo sentir la pierna derecha', 'numbness_one_leg')).toBe('present');
    expect(es('no puedo sentir nada entre las piernas', 'saddle_numbness')).toBe('present');
    expect(es('no puedo sentirme bien', 'numbness_both_legs')).toBeUndefined();
  });

  it('reads "ما بقدر حس برجلي", "مش قادر أحس برجليا", "لا أستطيع الإحساس بقدمي"', () => {
    expect(ar('ما بقدر حس برجلي', 'numbness_one_leg')).toBe('present');
    expect(ar('مش قادر أحس برجليا', 'numbness_both_legs')).toBe('present');
    expect(ar('لا أستطيع الإحساس بقدمي', 'numbness_one_leg')).toBe('present');
    expect(ar('ما أقدر أحس بشي لما أمسح', 'saddle_numbness')).toBe('present');
    expect(ar('ما في تنميل برجليا', 'numbness_both_legs')).toBe('absent');
  });
});

describe('Colic, work stopped, recurrence and weight loss in dialect words', () => {
  it('reads pain like the waves and no sitting at ease as colic, not pain on moving', () => {
    const colic = 'وجع بالخاصرة اليمين بيجي وبيروح متل الموج وما بقدر أقعد مرتاح';
    expect(ar(colic, 'pain_colicky_waves')).toBe('present');
    expect(ar(colic, 'pain_worse_movement')).toBeUndefined();
    expect(ar('ما بقدر أقعد من الوجع', 'pain_worse_movement')).toBe('present');
    expect(es('viene por ratos, no me puedo quedar quieto', 'pain_colicky_waves')).toBe('present');
  });

  it('reads Maghrebi "ما كنقدرش نخدم", "كل كام شهر", "رجع تاني"', () => {
    expect(ar('الضهر كيضرني. ما كنقدرش نخدم.', 'stops_daily_activities')).toBe('present');
    expect(ar('الموضوع ده بيجيلي كل كام شهر وبيروح لوحده', 'recurrent_episodes')).toBe('present');
    expect(ar('دلوقتي الوجع رجع تاني', 'recurrent_episodes')).toBe('present');
  });

  it('reads "خسيت كتير من غير دايت" as weight loss, and not a job lost or a diet', () => {
    expect(ar('خسيت كتير من غير ما أعمل دايت', 'weight_loss_unexplained')).toBe('present');
    expect(ar('خسيت الشغل', 'weight_loss_unexplained')).toBeUndefined();
    expect(ar('نحفت شوية بالرجيم', 'weight_loss_unexplained')).toBeUndefined();
  });

  it('reads urine that escapes, a leg that no longer carries, a fall down the stairs', () => {
    expect(ar('البول كيهرب ليا', 'incontinence')).toBe('present');
    expect(ar('رجلي اليسار ما عاد تشيلني', 'weakness_one_leg')).toBe('present');
    expect(ar('طحت من الدروج', 'onset_major_trauma')).toBe('present');
    expect(ar('وقعت على الدرج', 'onset_major_trauma')).toBeUndefined();
    expect(ar('وقعت على الدرج', 'onset_minor_fall')).toBe('present');
  });
});

describe('Arabic: burning "بالبول" (with the urine)', () => {
  it('reads "حرقان بالبول" as burning, and its denial as denied', () => {
    expect(ar('عندي حرقان بالبول', 'burning_urination')).toBe('present');
    expect(ar('ما في حرقان بالبول', 'burning_urination')).toBe('absent');
  });

  it('keeps the tearing pain said "كأنه يتمزق"', () => {
    expect(ar('جاني فجأة ألم كأنه يتمزق في بطني', 'pain_tearing_severe_sudden')).toBe('present');
  });
});

describe('Found by the second blind set (after it was scored)', () => {
  it('reads a fall off a motorbike as a road accident', () => {
    expect(es('Me caí de la moto ayer', 'onset_major_trauma')).toBe('present');
    expect(ar('طاح من الموتر أمس', 'onset_major_trauma')).toBe('present');
    expect(ar('طاح من الموتر أمس', 'onset_minor_fall')).toBeUndefined();
  });

  it('reads a back that locked or caught as a spasm that started suddenly', () => {
    expect(es('Se me trabó la cintura anoche', 'muscle_knot_tight')).toBe('present');
    expect(ar('انلقط ضهري امبارح', 'muscle_knot_tight')).toBe('present');
    expect(ar('انلقط ضهري امبارح', 'onset_sudden')).toBe('present');
  });

  it('reads cortisone taken with another medicine as steroid tablets', () => {
    expect(ar('بتاخد زاريلتو وكورتيزون من سنين', 'med_steroid_long_term')).not.toBeUndefined();
    expect(ar('دهنت كريم كورتيزون', 'med_steroid_long_term')).toBeUndefined();
  });
});

describe('Bladder trouble said with a negation, read as a denial before', () => {
  it('reads neither stool nor urine, and urine held no longer, in Spanish', () => {
    expect(es('no he podido hacer caca ni pis desde ayer', 'urinary_retention')).toBe('present');
    expect(es('no retengo la orina', 'incontinence')).toBe('present');
    expect(es('hago caca y pis normal', 'urinary_retention')).toBe('absent');
  });

  it('reads urine only in drops, neither stool nor urine, and no urge felt, in Arabic', () => {
    expect(ar('البول ما بينزل غير نقط', 'urinary_retention')).toBe('present');
    expect(ar('ما عملت حمام ولا بولت من امبارح', 'urinary_retention')).toBe('present');
    expect(ar('ما قدرت أتبرز ولا أبول من امبارح', 'urinary_retention')).toBe('present');
    expect(ar('لا أشعر بالرغبة في التبول', 'incontinence')).toBe('present');
    expect(ar('البول ما فيه دم', 'blood_in_urine')).toBe('absent');
    expect(ar('ما في حرارة ولا حرقة بالبول', 'burning_urination')).toBe('absent');
  });
});

describe('Arabic: more ways of saying no urine comes (each was read as a denial, or as nothing)', () => {
  it('reads them as trouble peeing', () => {
    for (const text of [
      'ما عم يطلع بول',
      'ما يطلع مني شي لما أروح الحمام',
      'البول ما كيخرجش',
      'أحاول أبول وما يطلع',
      'لا يوجد بول منذ الصباح',
      'ماعدتش نحس بالبول',
    ])
      expect(ar(text, 'urinary_retention')).toBe('present');
  });

  it('reads urine that comes only with pushing as trouble peeing, not blood pressure', () => {
    expect(ar('البول ما يطلع إلا بالضغط', 'urinary_retention')).toBe('present');
    expect(ar('البول ما يطلع إلا بالضغط', 'high_blood_pressure')).toBeUndefined();
    expect(ar('عندي ضغط', 'high_blood_pressure')).toBe('present');
    expect(ar('ما في دم بالبول من امبارح', 'blood_in_urine')).toBe('absent');
  });
});

describe('Spanish: more ways of saying no urine comes, or not noticing it escape', () => {
  it('reads them as trouble peeing (some were read as denials)', () => {
    for (const text of [
      'intento orinar y no sale nada',
      'quiero hacer pis y no me sale',
      'no me sale el chorro',
      'sale poquita orina',
      'desde anoche no hago pis',
      'no he ido al baño a orinar desde ayer',
      'no hay orina desde la mañana',
      'la orina no sale si no aprieto',
    ])
      expect(es(text, 'urinary_retention')).toBe('present');
  });

  it('reads not noticing urine or stool as loss of control, and leaves other habits alone', () => {
    expect(es('no me doy cuenta cuando me orino', 'incontinence')).toBe('present');
    expect(es('no noto si tengo ganas de hacer caca', 'incontinence')).toBe('present');
    expect(es('desde ayer no hago ejercicio', 'urinary_retention')).toBeUndefined();
    expect(es('desde el lunes no hago deporte', 'urinary_retention')).toBeUndefined();
  });
});

describe('Spanish: Latin American words for the legs, weakness and the bladder', () => {
  it('reads "patas", "canillas", "flojita", "la nalga dormida" and "la vejiga inflada"', () => {
    expect(es('se me duermen las patas', 'numbness_both_legs')).toBe('present');
    expect(es('tengo las canillas dormidas', 'numbness_both_legs')).toBe('present');
    expect(es('tengo la pierna flojita', 'weakness_one_leg')).toBe('present');
    expect(es('la nalga dormida', 'saddle_numbness')).toBe('present');
    expect(es('tengo la vejiga inflada', 'urinary_retention')).toBe('present');
  });

  it('still reads a painful buttock as buttock pain, not numbness', () => {
    expect(es('tengo dolor en la nalga derecha', 'pain_buttock')).toBe('present');
    expect(es('tengo dolor en la nalga derecha', 'saddle_numbness')).toBeUndefined();
  });
});

describe('Arabic: legs dead, like cotton, not carrying; weight going down; hot and shivery', () => {
  it('reads them', () => {
    expect(ar('رجلي ميتة', 'numbness_one_leg')).toBe('present');
    expect(ar('رجليا بقوا زي القطن', 'weakness_both_legs')).toBe('present');
    expect(ar('حاسس رجلي تقيلة ومش شايلاني', 'weakness_one_leg')).toBe('present');
    expect(ar('ما عندي شهية ونازل وزني', 'weight_loss_unexplained')).toBe('present');
    expect(ar('سخن وبردان', 'fever')).toBe('present');
    expect(ar('أنا سخن من امبارح', 'fever')).toBe('present');
    expect(ar('ما قست الحرارة بس جسمي حار', 'fever')).toBe('present');
  });

  it('leaves hot water alone and still denies a fever', () => {
    expect(ar('المية سخنة', 'fever')).toBeUndefined();
    expect(ar('الجو حار', 'fever')).toBeUndefined();
    expect(ar('ما عندي سخونة', 'fever')).toBe('absent');
  });
});

describe('A state after a denied list is said, not denied (dialect verbs and diminutives)', () => {
  it('reads "رجليا بينملوا" and "pierna flojita" after a denied list as said', () => {
    expect(ar('ما عندي حرارة ولا صداع، رجليا بينملوا', 'numbness_both_legs')).toBe('present');
    expect(ar('ما عندي حرارة، رجلي نايمة', 'numbness_one_leg')).toBe('present');
    expect(ar('ما عندي حرارة، رجلي بتجر', 'weakness_one_leg')).toBe('present');
    expect(ar('ما في حرارة ولا ترجيع، البول بينزل لحاله', 'incontinence')).toBe('present');
    expect(ar('ما في حرارة ولا وجع، بس رجليا مخدرين', 'numbness_both_legs')).toBe('present');
    expect(es('no fiebre, pierna flojita', 'weakness_one_leg')).toBe('present');
    expect(es('no tengo fiebre, las piernas dormiditas', 'numbness_both_legs')).toBe('present');
  });

  it('still denies the items of the list', () => {
    expect(ar('لا حرارة ولا تنميل', 'numbness_both_legs')).toBe('absent');
    expect(ar('ما في دم بينزل مع البول', 'blood_in_urine')).toBe('absent');
    expect(ar('ما عندي حرارة ولا صداع، رجليا بينملوا', 'fever')).toBe('absent');
  });
});

describe('Spanish: dribbling urine and a dropped foot after a denied list; a fall from standing height', () => {
  it('reads "pis a gotas", "orina a chorritos" and "pie caído" as said', () => {
    expect(es('sin fiebre ni vómitos, pis a gotas', 'urinary_retention')).toBe('present');
    expect(es('sin fiebre, orina a chorritos', 'urinary_retention')).toBe('present');
    expect(es('no fiebre, pie caído', 'weakness_one_leg')).toBe('present');
    expect(es('sin fiebre, gotas para los ojos', 'urinary_retention')).toBeUndefined();
  });

  it('reads "caída desde su propia altura" as a minor fall, and a fall from a height as major', () => {
    expect(es('caída desde su propia altura hace 2 días', 'onset_minor_fall')).toBe('present');
    expect(es('caída desde su propia altura hace 2 días', 'onset_major_trauma')).toBeUndefined();
    expect(es('caída de altura', 'onset_major_trauma')).toBe('present');
    expect(es('me caí de una altura de 3 metros', 'onset_major_trauma')).toBe('present');
    expect(es('me caí del tejado', 'onset_major_trauma')).toBe('present');
  });
});

describe('Spanish: brands of Latin America', () => {
  it('reads Atamel, Winadol, Profenid, Dorixina, Tramal and Norflex', () => {
    expect(es('Tomo Atamel.', 'med_paracetamol')).toBe('present');
    expect(es('Tomo Winadol.', 'med_paracetamol')).toBe('present');
    expect(es('Tomo Profenid.', 'med_nsaid')).toBe('present');
    expect(es('Tomo Dorixina.', 'med_nsaid')).toBe('present');
    expect(es('Tomo Tramal.', 'med_opioid_or_sedative')).toBe('present');
    expect(es('Tomo Norflex.', 'med_muscle_relaxant')).toBe('present');
  });
});

describe('Arabic: more brands', () => {
  it('reads Ketolac, Celebrex, Lasix, Controloc and Solpadeine as spelled in Arabic', () => {
    expect(ar('آخذ كيتولاك', 'med_nsaid')).toBe('present');
    expect(ar('آخذ سيليبركس', 'med_nsaid')).toBe('present');
    expect(ar('آخذ لازيكس', 'med_diuretic')).toBe('present');
    expect(ar('آخذ كونترالوك من سنتين', 'med_ppi_long_term')).toBe('present');
    expect(ar('آخذ سولباديين', 'med_paracetamol')).toBe('present');
  });
});

describe('Spanish: the subjunctive of a question that presumes the symptom', () => {
  it('asks again "¿es normal que no sienta el culo?" (it was read as nothing)', () => {
    expect(es('¿es normal que no sienta el culo?', 'saddle_numbness')).toBe('unknown');
    expect(es('¿es grave que no sienta las piernas?', 'numbness_both_legs')).toBe('unknown');
    expect(es('no siento el culo', 'saddle_numbness')).toBe('present');
  });
});

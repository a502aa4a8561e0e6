/**
 * Readings found wrong by the fourth blind Spanish set (src/parse/testing/stories-blind4.es.json, written
 * before the Spanish lexicon was read, scored once, then fixed): each block holds the general pattern that
 * was missing and the plain readings next to it that must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const es = (text: string, id: string) =>
  parseStory({ text, today: '2026-12-08' }, 'es').evidence.find((e) => e.id === id);
const state = (text: string, id: string) => es(text, id)?.state;

describe('Spanish: a plan is "voy a" and a verb, not "voy a cada rato al baño"', () => {
  it('keeps the back pain after going to the toilet often', () => {
    const text = 'Voy a cada rato al baño, desde ayer me duele la espalda.';
    expect(state(text, 'pain_lower_back')).toBe('present');
    expect(es(text, 'duration_days')?.value).toBe(1);
    expect(state('Voy a la farmacia, desde ayer me duele la espalda.', 'pain_lower_back')).toBe('present');
  });

  it('still reads a plan as no symptom', () => {
    expect(state('Voy a ir al médico si tengo fiebre.', 'fever')).toBeUndefined();
    expect(state('Voy a tomarme el ibuprofeno si tengo fiebre.', 'fever')).toBeUndefined();
    expect(state('Voy a ver si tengo fiebre.', 'fever')).toBeUndefined();
  });
});

describe('Spanish: warning signs in other words', () => {
  it('reads a relative who "no siente bien cuando se limpia" as saddle numbness', () => {
    expect(state('Mi padre dice que no siente bien cuando se limpia.', 'saddle_numbness')).toBe('present');
    expect(state('Dice que siente bien cuando se limpia.', 'saddle_numbness')).toBe('absent');
    expect(state('No siento bien cuando me limpio.', 'saddle_numbness')).toBe('present');
  });

  it('reads a pain placed "por el riñón" as flank pain, a side of the back alone not', () => {
    expect(state('Me duele el lado izquierdo de la espalda, por el riñón.', 'pain_flank')).toBe('present');
    expect(state('Me duele el lado izquierdo de la espalda.', 'pain_flank')).toBeUndefined();
    expect(state('Tomo pastillas por el riñón.', 'pain_flank')).toBeUndefined();
  });

  it('reads "vomitando todo lo que tomo" as not keeping fluids down', () => {
    expect(state('Estoy vomitando todo lo que tomo.', 'cannot_keep_fluids_down')).toBe('present');
    expect(state('Ni el agua retiene.', 'cannot_keep_fluids_down')).toBe('present');
    expect(state('He vomitado una vez.', 'cannot_keep_fluids_down')).toBeUndefined();
  });

  it('reads "hace pipí muy seguido y le arde" as burning on peeing', () => {
    expect(state('Hace pipí muy seguido y le arde.', 'burning_urination')).toBe('present');
    expect(state('Hago pis normal y me duele la espalda.', 'burning_urination')).toBeUndefined();
  });

  it('reads a pain "que se le corre al brazo y a la quijada" and "también a la espalda"', () => {
    const text =
      'Le vino un dolor en el pecho que se le corre al brazo izquierdo y a la quijada, y también a la espalda.';
    expect(state(text, 'pain_spreads_arm_jaw')).toBe('present');
    expect(state(text, 'pain_through_to_back')).toBe('present');
    // Two places, nothing spreading: not through to the back.
    expect(state('Me duele la barriga y también la espalda.', 'pain_through_to_back')).toBeUndefined();
    expect(state('Me duele el brazo.', 'pain_spreads_arm_jaw')).toBeUndefined();
  });

  it('reads "en media espalda" as the middle of the back', () => {
    expect(state('Un dolor en media espalda como si me desgarraran.', 'pain_upper_back')).toBe('present');
    expect(state('Un dolor en media espalda como si me desgarraran.', 'pain_lower_back')).toBeUndefined();
  });

  it('reads the vaccine named first, and "tétano"', () => {
    expect(state('La vacuna del tétano no me la he puesto nunca.', 'tetanus_vaccine_not_up_to_date')).toBe(
      'present',
    );
    expect(state('Me puse la vacuna del tétanos el año pasado.', 'tetanus_vaccine_not_up_to_date')).not.toBe(
      'present',
    );
  });

  it('reads weight lost in "kilitos" and "cansado como nunca"', () => {
    expect(state('He perdido el apetito y unos kilitos sin querer.', 'weight_loss_unexplained')).toBe(
      'present',
    );
    expect(state('Ando cansado como nunca.', 'fatigue_unusual')).toBe('present');
    expect(state('Nunca estoy cansado.', 'fatigue_unusual')).not.toBe('present');
  });

  it('reads a pain "día y noche" with its place between as constant', () => {
    expect(
      state('Me duele la espalda a la altura de la cintura día y noche.', 'pain_constant_unrelenting'),
    ).toBe('present');
    expect(
      state('Me duele la espalda a la altura de la cintura.', 'pain_constant_unrelenting'),
    ).toBeUndefined();
  });

  it('reads "tomo cortisona desde hace años" as long-term steroids', () => {
    expect(state('Tomo cortisona desde hace años por la artritis.', 'med_steroid_long_term')).toBe('present');
    expect(state('Me pusieron una crema de cortisona.', 'med_steroid_long_term')).toBeUndefined();
  });
});

describe('Spanish: US Spanish and the Caribbean', () => {
  it('reads the weekend, the units and the symptoms said in English', () => {
    expect(es('Desde el weekend me duele la espalda baja.', 'duration_days')?.value).toBe(3);
    expect(es('Hace como 5 days me caí.', 'duration_days')?.value).toBe(5);
    expect(state('Tengo numbness en las dos piernas.', 'numbness_both_legs')).toBe('present');
    expect(state('Estaba moviendo furniture con mi hermano.', 'onset_lifting_twisting')).toBe('present');
    // A hedged fever stays open, in English words too.
    expect(state('Creo que tiene fever.', 'fever')).toBe('unknown');
  });

  it('reads the Caribbean "la espalda trancá" as a locked, tight back', () => {
    expect(state('Tengo la espalda baja trancá.', 'muscle_knot_tight')).toBe('present');
    expect(state('Tengo la espalda baja.', 'muscle_knot_tight')).toBeUndefined();
  });
});

describe('Spanish: spasm and its causes', () => {
  it('reads "se me pone dura" and "se me acalambra" of the back as a spasm', () => {
    expect(state('Se me pone dura la zona lumbar unos minutos.', 'muscle_knot_tight')).toBe('present');
    expect(state('A veces se me acalambra la espalda baja.', 'muscle_knot_tight')).toBe('present');
    expect(state('Me duele la zona lumbar unos minutos.', 'muscle_knot_tight')).toBeUndefined();
  });

  it('reads a set of deadlifts as lifting', () => {
    expect(state('En el wod de peso muerto me dio un calambrazo.', 'onset_lifting_twisting')).toBe('present');
    expect(state('Siento la pierna como un peso muerto.', 'onset_lifting_twisting')).toBeUndefined();
  });

  it('reads a medicine taken "por la tensión" or "por el corazón" as the illness', () => {
    expect(state('Tomo Seguril por la tensión.', 'high_blood_pressure')).toBe('present');
    expect(state('Toma Lasix por el corazón.', 'heart_disease')).toBe('present');
    expect(state('Me duele el cuello por la tensión del trabajo.', 'high_blood_pressure')).toBeUndefined();
    expect(state('Me late fuerte el corazón.', 'heart_disease')).toBeUndefined();
  });

  it('reads a note\'s "calambres nocturnos en MMII" as night cramps, not leg pain', () => {
    expect(state('Refiere calambres nocturnos en MMII.', 'leg_cramp_night')).toBe('present');
    expect(state('Refiere calambres nocturnos en MMII.', 'leg_pain_both_legs')).toBeUndefined();
  });

  it('reads "sudé un montón" as heavy sweating', () => {
    expect(state('Estuve al sol y sudé un montón.', 'heavy_sweating_heat')).toBe('present');
    expect(state('Estuve al sol.', 'heavy_sweating_heat')).toBeUndefined();
  });

  it('reads cramps "en la zona lumbar y en las manos" as hand spasms', () => {
    expect(state('Me dan calambres en la zona lumbar y en las manos.', 'hand_foot_spasm')).toBe('present');
    expect(state('Me dan calambres en la zona lumbar.', 'hand_foot_spasm')).toBeUndefined();
  });

  it('reads a note\'s "ERC" as kidney disease', () => {
    expect(state('AP: HTA, ERC estadio 3.', 'kidney_disease')).toBe('present');
  });

  it('reads "dolor en la zona lumbar y en la tripa" as tummy pain too', () => {
    expect(state('Dolor en la zona lumbar y en la tripa.', 'pain_abdomen')).toBe('present');
    expect(state('Dolor en la zona lumbar.', 'pain_abdomen')).toBeUndefined();
  });
});

describe('Spanish: when and how long', () => {
  it('never reads an operation "hace años" as recent', () => {
    expect(
      state('Hace años me operaron de un cáncer de mama.', 'recent_immobility_or_hospital'),
    ).toBeUndefined();
    expect(state('Hace años me operaron de un cáncer de mama.', 'history_cancer')).toBe('present');
    expect(state('Me operaron hace dos semanas.', 'recent_immobility_or_hospital')).toBe('present');
  });

  it('reads getting up stiff for an hour as long morning stiffness', () => {
    const text = 'Me levanto con la espalda baja super rígida, tardo como una hora en soltarme.';
    expect(state(text, 'morning_stiffness_long')).toBe('present');
    expect(
      state('Me levanto con la espalda rígida, tardo diez minutos en soltarme.', 'morning_stiffness_long'),
    ).not.toBe('present');
  });

  it('reads "con el deporte mejoro, descansar no me sirve" as better with exercise, not rest', () => {
    expect(state('Con el deporte mejoro, descansar no me sirve de nada.', 'better_exercise_not_rest')).toBe(
      'present',
    );
    expect(state('Con el deporte mejoro.', 'better_exercise_not_rest')).toBeUndefined();
  });

  it('reads "no se puede levantar de la cama del dolor" as stopping the day, never lifting', () => {
    const text = 'No se puede levantar de la cama del dolor.';
    expect(state(text, 'stops_daily_activities')).toBe('present');
    expect(state(text, 'onset_lifting_twisting')).toBeUndefined();
    expect(state('Se levantó de la cama.', 'stops_daily_activities')).toBeUndefined();
  });
});

describe('Spanish: walking and the legs', () => {
  const legs = 'Al caminar me duele la pantorrilla derecha. ';

  it('reads "me paro un ratico y se me quita" as easing on standing still', () => {
    expect(state(`${legs}Me paro un ratico y se me quita.`, 'walking_pain_stops_standing_still')).toBe(
      'present',
    );
    expect(state('Me paro un ratico y se me quita.', 'walking_pain_stops_standing_still')).toBeUndefined();
  });

  it('reads the plain denials "sin necesidad de sentarme" and "parado quieto no se me quita"', () => {
    expect(state(`${legs}Se me quita sin necesidad de sentarme.`, 'walking_pain_needs_sitting_bending')).toBe(
      'absent',
    );
    const still = 'Al caminar me duelen las piernas; parado quieto no se me quita.';
    expect(state(still, 'walking_pain_stops_standing_still')).toBe('absent');
    expect(state(still, 'pain_constant_unrelenting')).toBeUndefined();
  });

  it('reads "sin pasar de la rodilla" as above the knee, "no pasa de la rodilla" also denying below', () => {
    const note = 'Lumbalgia irradiada a glúteo izquierdo sin pasar de la rodilla.';
    expect(state(note, 'leg_pain_above_knee')).toBe('present');
    expect(state(note, 'leg_pain_below_knee')).toBeUndefined();
    expect(state('El dolor no pasa de la rodilla.', 'leg_pain_below_knee')).toBe('absent');
  });

  it('reads "no me baja a las piernas" as denying leg pain, "me baja a las piernas" as leg pain', () => {
    for (const id of ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs']) {
      expect(state('No me baja a las piernas.', id)).toBe('absent');
    }
    expect(state('Me baja a las piernas.', 'leg_pain_both_legs')).toBe('present');
    // "No me baja tanto": less, not never.
    expect(state('Ahora no me baja tanto a las piernas.', 'leg_pain_below_knee')).toBeUndefined();
    // The third set's open limit: "no se irradia a las piernas" is a plain denial too.
    expect(state('No se irradia a las piernas.', 'leg_pain_below_knee')).toBe('absent');
    expect(state('Se irradia a las piernas.', 'leg_pain_both_legs')).toBe('present');
    expect(state('No sé si se irradia a las piernas.', 'leg_pain_below_knee')).not.toBe('absent');
  });
});

describe('Spanish: plain denials', () => {
  it('reads "nunca he tenido esto antes" as a first episode', () => {
    expect(state('Nunca he tenido esto antes.', 'recurrent_episodes')).toBe('absent');
    expect(state('Ya me ha pasado antes.', 'recurrent_episodes')).toBe('present');
    expect(state('Nunca he tenido este dolor tan fuerte.', 'recurrent_episodes')).toBeUndefined();
  });

  it('reads "no tomo ningún suplemento" as no supplements', () => {
    expect(state('No tomo ningún suplemento.', 'supplement_magnesium_zinc_potassium')).toBe('absent');
    expect(state('Tomo un suplemento de magnesio.', 'supplement_magnesium_zinc_potassium')).toBe('present');
    // Only closing its clause: a denial of magnesium keeps its own "no", another supplement says nothing.
    expect(state('No tomo suplementos de magnesio.', 'supplement_magnesium_zinc_potassium')).toBe('absent');
    expect(
      state('No tomo ningún suplemento de hierro.', 'supplement_magnesium_zinc_potassium'),
    ).toBeUndefined();
  });
});

describe('Spanish: probes past the fourth set (fresh sentences, same dialects and registers)', () => {
  it('reads saddle numbness "como anestesiada", "como de corcho"', () => {
    expect(state('La cola la tengo como anestesiada.', 'saddle_numbness')).toBe('present');
    expect(state('Siento las nalgas como de corcho.', 'saddle_numbness')).toBe('present');
    expect(state('Me tomo una coca cola fría.', 'saddle_numbness')).toBeUndefined();
  });

  it('reads "no me doy cuenta cuando tengo ganas de orinar", "me hice encima", a weak "chorro flojito"', () => {
    expect(state('No me doy cuenta cuando tengo ganas de orinar.', 'incontinence')).toBe('present');
    expect(state('Me hice encima.', 'incontinence')).toBe('present');
    expect(state('El chorro sale muy flojito.', 'urinary_retention')).toBe('present');
    expect(state('Me hice una herida.', 'incontinence')).toBeUndefined();
  });

  it('reads "me late el corazón rápido", "blanco como el papel", "un latido en la panza"', () => {
    expect(state('Me late el corazón rápido.', 'palpitations')).toBe('present');
    expect(state('No me late el corazón rápido.', 'palpitations')).toBe('absent');
    expect(state('Me puse blanco como el papel.', 'sweaty_clammy_pale')).toBe('present');
    expect(state('Siento como un latido en la panza.', 'pulsing_in_belly')).toBe('present');
    expect(state('Me duele la panza.', 'pulsing_in_belly')).toBeUndefined();
  });

  it('reads Excedrin as paracetamol and an anti-inflammatory, potassium taken as a supplement', () => {
    expect(state('Tomo Excedrin.', 'med_paracetamol')).toBe('present');
    expect(state('Tomo Excedrin.', 'med_nsaid')).toBe('present');
    expect(state('Tomo potasio.', 'supplement_magnesium_zinc_potassium')).toBe('present');
    expect(state('El potasio me salió bajo.', 'supplement_magnesium_zinc_potassium')).toBeUndefined();
  });

  it('reads "las piernas las siento bien" as legs fine', () => {
    expect(state('Las piernas las siento bien.', 'numbness_both_legs')).toBe('absent');
    expect(state('Las piernas las siento dormidas.', 'numbness_both_legs')).toBe('present');
  });

  it('reads the diminutive units and "antenoche"', () => {
    expect(es('Me duele la espalda desde hace tres semanitas.', 'duration_days')?.value).toBe(21);
    expect(es('Llevo una semanita con dolor de espalda.', 'duration_days')?.value).toBe(7);
    expect(es('Me duele la espalda desde antenoche.', 'duration_days')?.value).toBe(2);
  });

  it('never reads the evening it began ("desde ayer en la noche") as night pain', () => {
    expect(state('Me duele la espalda desde el domingo en la noche.', 'night_pain')).toBeUndefined();
    expect(state('Ayer por la noche empezó el dolor de espalda.', 'night_pain')).toBeUndefined();
    expect(es('Ayer por la noche empezó el dolor de espalda.', 'duration_days')?.value).toBe(1);
    expect(state('Me duele la espalda por la noche.', 'night_pain')).toBe('present');
    expect(state('Desde ayer me duele la espalda, peor por la noche.', 'night_pain')).toBe('present');
  });

  it('reads "cada día me duele menos / más", sick leave and fear', () => {
    expect(state('Cada día me duele menos.', 'improving')).toBe('present');
    expect(state('Cada vez me duele más.', 'getting_worse')).toBe('present');
    expect(state('Tuve que pedir la baja.', 'stops_daily_activities')).toBe('present');
    expect(state('Me duele la espalda baja.', 'stops_daily_activities')).toBeUndefined();
    expect(state('Me da miedo que sea algo malo.', 'struggling_to_cope')).toBe('present');
  });

  it('never reads "no puedo ni cargar a mi bebé" as denying a lifting start', () => {
    expect(state('No puedo ni cargar a mi bebé.', 'onset_lifting_twisting')).toBeUndefined();
    expect(state('No puedo cargar peso.', 'onset_lifting_twisting')).toBeUndefined();
    expect(state('Me lo hice cargando cajas. Ahora no puedo cargar peso.', 'onset_lifting_twisting')).toBe(
      'present',
    );
  });
});

describe("Spanish: a note's abbreviations and US Spanish symptoms", () => {
  it('reads "FA", "IRC" and "ADVP" in a note', () => {
    expect(state('AP: FA anticoagulada con Sintrom.', 'heart_disease')).toBe('present');
    expect(state('AP: IRC.', 'kidney_disease')).toBe('present');
    expect(state('AP: ADVP.', 'iv_drug_use')).toBe('present');
    expect(state('AP: HTA.', 'heart_disease')).toBeUndefined();
  });

  it('reads "back pain", "pain ... hasta el foot", "chills", "dizzy", "muscle relaxers"', () => {
    expect(state('Tengo back pain desde ayer.', 'pain_lower_back')).toBe('present');
    expect(state('Tengo pain en la pierna derecha hasta el foot.', 'leg_pain_below_knee')).toBe('present');
    expect(state('Tengo chills y fiebre.', 'chills_rigors')).toBe('present');
    expect(state('Me siento dizzy.', 'dizziness_fainting')).toBe('present');
    expect(state('Me dieron muscle relaxers.', 'med_muscle_relaxant')).toBe('present');
    expect(state('No tengo chills.', 'chills_rigors')).toBe('absent');
  });
});

describe('Spanish: carers, hedges and the benign causes', () => {
  it('reads a relative who "no controla la orina", "no siente el culo", "está como ido"', () => {
    expect(state('Mi padre tiene 80 años. No controla la orina desde ayer.', 'incontinence')).toBe('present');
    expect(state('Mi marido dice que no siente el culo.', 'saddle_numbness')).toBe('present');
    expect(state('Mi papá está como ido, no reconoce a nadie.', 'confusion_drowsy')).toBe('present');
    expect(state('Mi padre tiene 80 años. Controla bien la orina.', 'incontinence')).not.toBe('present');
  });

  it('reads "capaz que" and "se me hace que" as hedges, what is felt as said', () => {
    expect(state('Capaz que tengo fiebre.', 'fever')).toBe('unknown');
    expect(state('Se me hace que tengo fiebre.', 'fever')).toBe('unknown');
    expect(state('Capaz que tuve algo de fiebre anoche, me sentía afiebrado.', 'fever')).toBe('present');
    expect(state('Tengo fiebre.', 'fever')).toBe('present');
  });

  it('reads little water, and several days of vomiting', () => {
    expect(state('Tomo poca agua.', 'low_fluid_intake')).toBe('present');
    expect(state('No he tomado casi agua en todo el día.', 'low_fluid_intake')).toBe('present');
    expect(state('He estado vomitando varios días.', 'diarrhoea_or_vomiting_recent')).toBe('present');
    expect(state('Tomo mucha agua.', 'low_fluid_intake')).toBeUndefined();
    expect(state('Vomité una vez.', 'diarrhoea_or_vomiting_recent')).toBeUndefined();
  });
});

describe('Spanish: a fourth probe, warning signs in everyday words', () => {
  it('reads legs that lose their strength, and the heel or toe stand that fails', () => {
    expect(state('Se me fueron las fuerzas de las piernas.', 'weakness_both_legs')).toBe('present');
    expect(state('Las piernas se me aflojan.', 'weakness_both_legs')).toBe('present');
    expect(state('No puedo pararme de puntitas.', 'weakness_one_leg')).toBe('present');
    expect(state('No puedo caminar en talones.', 'pain_worse_movement')).toBeUndefined();
    expect(state('Puedo pararme de puntitas sin problema.', 'weakness_one_leg')).toBeUndefined();
  });

  it('reads pins and needles "como agujas" in a leg', () => {
    expect(state('Tengo como agujas en la pierna.', 'numbness_one_leg')).toBe('present');
  });

  it('reads a bladder still full, a leak and soiling unawares', () => {
    expect(state('Me quedo con ganas después de orinar.', 'urinary_retention')).toBe('present');
    expect(state('Me ensucié sin darme cuenta.', 'incontinence')).toBe('present');
    expect(state('Se me fue el pis.', 'incontinence')).toBe('present');
    expect(state('Se me fue el pis.', 'onset_sudden')).toBeUndefined();
    expect(state('Me quedo con ganas de llorar.', 'urinary_retention')).toBeUndefined();
  });

  it('never reads "se me fue el dolor" as a sudden start; "se me fue la espalda" still is', () => {
    expect(state('Se me fue el dolor.', 'onset_sudden')).toBeUndefined();
    expect(state('Se me fue la espalda al agacharme.', 'onset_sudden')).toBe('present');
  });

  it('reads "tembladeras", urine "como sangre" or "rojo", peeing "a cada rato"', () => {
    expect(state('Me dan tembladeras.', 'chills_rigors')).toBe('present');
    expect(state('Tengo la orina como sangre.', 'blood_in_urine')).toBe('present');
    expect(state('El pipí me sale rojo.', 'blood_in_urine')).toBe('present');
    expect(state('Tengo que ir a orinar a cada rato.', 'burning_urination')).toBe('present');
    expect(state('Tengo que ir a orinar.', 'burning_urination')).toBeUndefined();
  });
});

describe('Spanish: two denials are no denial', () => {
  it('never reads "no es que no tenga fiebre" as no fever (a wrong absent, on main too)', () => {
    expect(state('No es que no tenga fiebre, sí tengo.', 'fever')).not.toBe('absent');
    expect(state('No es que no tenga fiebre.', 'fever')).not.toBe('absent');
    expect(state('No tengo fiebre.', 'fever')).toBe('absent');
  });
});

describe('Spanish: brand names of Spain left out', () => {
  it('reads Higrotona, Sinvastatina, Lexatin, Tranxilium, Codeisan and Dolocordralan', () => {
    expect(state('Tomo Higrotona.', 'med_diuretic')).toBe('present');
    expect(state('Tomo sinvastatina.', 'med_statin')).toBe('present');
    expect(state('Tomo Lexatin.', 'med_opioid_or_sedative')).toBe('present');
    expect(state('Tomo Tranxilium.', 'med_opioid_or_sedative')).toBe('present');
    expect(state('Tomo Codeisan.', 'med_opioid_or_sedative')).toBe('present');
    expect(state('Tomo Dolocordralan.', 'med_paracetamol')).toBe('present');
    expect(state('Uso Ventolín.', 'med_laba_inhaler')).toBeUndefined();
  });
});

/**
 * Readings found wrong by the third blind Spanish set (src/parse/testing/stories-blind3.es.json, written
 * before the Spanish lexicon was read, scored once, then fixed): each block holds the general pattern that
 * was missing and the plain readings next to it that must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';

const es = (text: string, id: string) =>
  parseStory({ text, today: '2026-12-07' }, 'es').evidence.find((e) => e.id === id);
const state = (text: string, id: string) => es(text, id)?.state;

describe('Spanish: texting slips and dictated brand names', () => {
  it('reads "rriñones", "ase", "e tenido", the Caribbean "orine"', () => {
    expect(state('Tengo un dolor de rriñones desde ayer', 'pain_lower_back')).toBe('present');
    expect(es('me duele la espalda desde ase 5 dias', 'duration_days')?.value).toBe(5);
    expect(state('no e tenido fiebre', 'fever')).toBe('absent');
    expect(state('El orine me salió como rosadito.', 'blood_in_urine')).toBe('present');
  });

  it('reads "en antium" as Enantyum and "sintron" as Sintrom', () => {
    expect(state('Me estoy tomando en antium.', 'med_nsaid')).toBe('present');
    expect(state('Tomo sintron.', 'med_anticoagulant')).toBe('present');
  });

  it('leaves the plain readings', () => {
    expect(state('Me duelen los riñones.', 'pain_lower_back')).toBe('present');
    expect(state('Orino rosado.', 'blood_in_urine')).toBe('present');
    expect(state('El orine es normal.', 'blood_in_urine')).toBeUndefined();
  });
});

describe('Spanish: a sudden pull, and what stops the day', () => {
  it('reads "me ha dado un tirón", "sentí un jalón" as a sudden start', () => {
    expect(state('me ha dado un tirón en los riñones', 'onset_sudden')).toBe('present');
    expect(state('sentí como un jalón en la cintura', 'onset_sudden')).toBe('present');
    expect(state('me duele la cintura desde hace un mes', 'onset_sudden')).toBeUndefined();
  });

  it('reads "no me deja ni levantarme" and the housework as stopping daily life', () => {
    expect(state('un dolor que no me deja ni levantarme de la cama', 'stops_daily_activities')).toBe(
      'present',
    );
    expect(state('ya no puedo hacer los quehaceres de la casa', 'stops_daily_activities')).toBe('present');
    expect(state('Puedo hacer los quehaceres de la casa.', 'stops_daily_activities')).toBeUndefined();
  });
});

describe('Spanish: worse, progressive, recurrent', () => {
  it('reads "está mucho peor" and a note\'s "dolor progresivo"', () => {
    expect(state('el dolor de espalda está mucho peor', 'getting_worse')).toBe('present');
    expect(state('dolor dorsal progresivo de 2 meses', 'getting_worse')).toBe('present');
  });

  it('never reads a gradual start, or "peor al agacharme", as getting worse', () => {
    expect(state('dolor lumbar de inicio progresivo', 'getting_worse')).toBeUndefined();
    expect(state('me duele peor al agacharme', 'getting_worse')).toBeUndefined();
  });

  it('reads "igual que siempre" and "ya me pasó" as a recurrence', () => {
    expect(state('Con la regla me duelen los riñones, igual que siempre.', 'recurrent_episodes')).toBe(
      'present',
    );
    expect(state('Ya me pasó hace dos años.', 'recurrent_episodes')).toBe('present');
    expect(state('Es la primera vez.', 'recurrent_episodes')).toBe('absent');
  });
});

describe('Spanish: exercise that helps, and carrying on training', () => {
  it('reads "se me quita haciendo ejercicio, pero descansar no me sirve" as inflammatory pain', () => {
    const text = 'Se me quita haciendo ejercicio, pero descansar no me sirve.';
    expect(state(text, 'better_exercise_not_rest')).toBe('present');
    expect(state(text, 'onset_during_exercise')).toBeUndefined();
  });

  it('never reads "sigue entrenando" as how the pain began; a pain from training stays', () => {
    expect(state('Le duele la espalda. Sigue entrenando.', 'onset_during_exercise')).toBeUndefined();
    expect(state('Me dio el dolor entrenando en el gimnasio.', 'onset_during_exercise')).toBe('present');
  });
});

describe('Spanish: places, positions and the night', () => {
  it('reads a belly named after "y en la"', () => {
    expect(state('un dolor terrible en la espalda y en la barriga', 'pain_abdomen')).toBe('present');
    expect(state('un dolor en la espalda', 'pain_abdomen')).toBeUndefined();
  });

  it('reads pain that runs to the buttock, and the Rioplatense "cola" as the place of a pain', () => {
    expect(state('un dolor en la cintura que se me corre a la nalga', 'pain_buttock')).toBe('present');
    expect(state('El dolor me baja desde la cola hasta el pie.', 'pain_buttock')).toBe('present');
    expect(state('Hice cola en el banco una hora.', 'pain_buttock')).toBeUndefined();
  });

  it('reads a note\'s "mecánica", "empeora en decúbito" and a position that eases it', () => {
    expect(state('Lumbalgia mecánica.', 'pain_worse_movement')).toBe('present');
    expect(state('Dolor que empeora en decúbito.', 'pain_worse_movement')).toBe('present');
    expect(state('Si me acuesto de costado se me calma un poco.', 'pain_worse_movement')).toBe('present');
    expect(state('Lleva una válvula mecánica.', 'pain_worse_movement')).toBeUndefined();
  });

  it('reads the night said of someone else', () => {
    expect(state('Le duele la espalda, no lo deja dormir.', 'night_pain')).toBe('present');
    expect(state('Dolor que la despierta de noche.', 'night_pain')).toBe('present');
    expect(state('Le duele la espalda al caminar.', 'night_pain')).toBeUndefined();
  });

  it('reads heat and stretching named first, then easing', () => {
    expect(state('con calor y estirando se me pasa un poco', 'pain_eases_stretch_rest')).toBe('present');
    expect(state('con calor no se me pasa', 'pain_eases_stretch_rest')).not.toBe('present');
  });
});

describe('Spanish: fatty meals, big muscles, blisters', () => {
  it('reads pain after fatty food', () => {
    expect(
      state(
        'Me duele el estómago y se me pasa a la espalda, más que nada al comer fritos.',
        'pain_after_meals',
      ),
    ).toBe('present');
    expect(state('Me duele el estómago.', 'pain_after_meals')).toBeUndefined();
  });

  it('reads severe pain in the thighs as muscle pain', () => {
    expect(state('me duelen muchísimo los muslos', 'muscle_pain_tender_swollen')).toBe('present');
    expect(state('me duelen un poco los muslos', 'muscle_pain_tender_swollen')).toBeUndefined();
  });

  it('reads the diminutive "ampollitas" in a band', () => {
    expect(state('Un ardor en una franja, y hoy me salieron unas ampollitas.', 'rash_band_one_side')).toBe(
      'present',
    );
    expect(state('Me salieron unas ampollitas en el pie.', 'rash_band_one_side')).toBeUndefined();
  });
});

describe('Spanish: background said with "padezco de", "un problema del", "tabaquista"', () => {
  it('reads kidneys and blood pressure one suffers from, and not as back pain', () => {
    const text = 'Padezco de los riñones y de la presión.';
    expect(state(text, 'kidney_disease')).toBe('present');
    expect(state(text, 'high_blood_pressure')).toBe('present');
    expect(state(text, 'pain_lower_back')).toBeUndefined();
    expect(state('Me duelen los riñones.', 'kidney_disease')).toBeUndefined();
  });

  it('reads a heart problem or a heart valve as heart disease', () => {
    expect(state('Toma Sintrom por un problema del corazón.', 'heart_disease')).toBe('present');
    expect(state('Tomo Sintrom por una válvula del corazón.', 'heart_disease')).toBe('present');
    expect(state('Me late el corazón muy rápido.', 'heart_disease')).toBeUndefined();
  });

  it('reads an aneurysm the doctors found as known', () => {
    expect(state('Le dijeron que tenía un aneurisma en la aorta.', 'known_aortic_aneurysm')).toBe('present');
    expect(state('Me dijeron que vigilara la tensión.', 'known_aortic_aneurysm')).toBeUndefined();
  });

  it('reads "tabaquista" and a former smoker of many years; a bare former smoker stays asked', () => {
    expect(state('Paciente tabaquista.', 'smoker')).toBe('present');
    expect(state('Exfumador de muchos años.', 'smoker')).toBe('present');
    expect(state('Exfumador.', 'smoker')).toBe('unknown');
    expect(state('No fumo.', 'smoker')).toBe('absent');
  });

  it('reads an operation on the thyroid, and a stone passed before', () => {
    expect(state('Me operaron del tiroides hace tres meses.', 'neck_thyroid_surgery')).toBe('present');
    expect(state('Ya me pasó con una piedra en el riñón.', 'previous_kidney_stones')).toBe('present');
    expect(state('¿Será una piedra en el riñón?', 'previous_kidney_stones')).not.toBe('present');
  });
});

describe('Spanish: breath, peeing, walking, numbness spreading', () => {
  it('reads "le falta el aire"', () => {
    expect(state('Es diabético y le falta el aire.', 'breathless')).toBe('present');
    expect(state('No le falta el aire.', 'breathless')).toBe('absent');
  });

  it('reads burning "cuando voy a hacer pipí" and going "a cada rato"', () => {
    expect(state('cuando voy a hacer pipí me arde', 'burning_urination')).toBe('present');
    expect(state('tengo que ir a cada rato', 'burning_urination')).toBe('present');
    expect(state('cuando voy a hacer pipí me duele la espalda', 'burning_urination')).toBeUndefined();
  });

  it('reads a calf cramp that goes when standing still', () => {
    const text = 'Al caminar me da un calambre en la pantorrilla y se me quita si me paro un par de minutos.';
    expect(state(text, 'walking_pain_stops_standing_still')).toBe('present');
  });

  it('reads a leg going numb in the progressive', () => {
    expect(state('se me está durmiendo la pierna', 'numbness_one_leg')).toBe('present');
    expect(state('me estoy durmiendo', 'numbness_one_leg')).toBeUndefined();
  });
});

/**
 * The whole body, in Spanish: fever, feeling very unwell, urine, heart and breath, the gut.
 */
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const wholeBody: readonly LexEntry[] = [
  e(
    ['fever'],
    [
      'fiebre',
      'fiebres',
      'febril',
      'calentura',
      'destemplad*',
      'temperatura alta',
      'temperatura elevada',
      'tengo temperatura',
      'con temperatura',
      'ardiendo',
      'tiritando de fiebre',
      'calor y frío',
      'frío y calor',
    ],
    'A high temperature, feeling feverish ("calentura", "destemplado"), or hot and shivery.',
  ),
  e(
    ['fever'],
    ['temperatura'],
    'A bare mention of the temperature says nothing; "no tengo temperatura" or "la temperatura es normal" plainly deny a fever.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['fever'],
    ['temperatura|fiebre|termómetro ~3 #', '# ~2 de temperatura|fiebre', '# ~2 grados|°|°c|ºc|º ~3 temperatura|fiebre', '# °c|ºc|º|grados', 'a # ~2 de fiebre'],
    'A measured temperature: 38 °C or more is a fever, under 37.5 °C is not, in between is unclear.',
    {
      number: {
        present: { gte: 38, lte: 45 },
        absent: { gte: 34, lt: 37.5 },
        unknown: { gte: 37.5, lt: 38 },
      },
    },
  ),
  e(['fever'], ['afebril', 'apirético', 'apirética'], 'Clinical words for no fever.', { says: 'absent' }),
  e(
    ['fever'],
    ['termómetro', 'no me he tomado ~2 la temperatura', 'no he medido ~2 la temperatura', 'no me la he tomado'],
    'Having no thermometer, or not having taken the temperature, means the fever is not known.',
    { says: 'unknown', negated: 'unknown' },
  ),
  e(
    ['chills_rigors'],
    ['escalofrío*', 'tiritona', 'tiritando', 'temblando ~2 de frío', 'tiemblo', 'temblores', 'tirito', 'rigidez por frío'],
    'Chills, shivering or shaking ("escalofríos", "tiritona").',
  ),
  e(
    ['feels_very_unwell'],
    [
      '(me siento|me encuentro|estoy|me sentía|me encontraba|se siente|se encuentra|se encontraba|está|la veo|lo veo) ~1 muy|realmente|bastante ~1 mal|enfermo|enferma|malo|mala|fatal',
      '(me siento|me encuentro|me sentía|me encontraba|se siente|se encuentra) ~1 fatal|malísimo|malísima|fatalmente',
      'muy mal ~2 (en general|de salud)',
      'muy enferm*',
      'malísimo',
      'malísima',
      'hecho polvo',
      'hecha polvo',
      'mal estado general',
      'afectación del estado general',
      'algo no va bien',
      'no es un dolor de espalda normal',
      'peor que cualquier dolor de espalda',
    ],
    'Feels very unwell, much worse than a usual back ache ("me encuentro fatal", "muy enfermo").',
  ),
  e(
    ['feels_very_unwell', 'struggling_to_cope'],
    ['algo ~1 va|anda|está ~1 muy? mal', 'algo grave'],
    'Feeling that something is badly wrong is feeling very unwell, and very worried about it.',
  ),
  e(
    ['weight_loss_unexplained'],
    [
      '(he perdido|perdí|he bajado|bajé|adelgacé|he adelgazado) ~4 (peso|kilos|kg|libras)',
      'pérdida de peso',
      'adelgazando',
      'adelgazado',
      'la ropa me queda grande',
      'sin hacer dieta && peso|kilos',
    ],
    'Weight loss without trying in recent months.',
  ),
  e(
    ['fatigue_unusual'],
    [
      'cansad* ~3 (todo el tiempo|siempre|todo el día|muchísimo|mucho|agotad*)',
      'agotad*',
      'agotamiento',
      'cansancio',
      'fatiga',
      'sin energía',
      'sin fuerzas para nada',
      'rendid*',
      'astenia',
    ],
    'Unusual tiredness or lethargy.',
  ),
  e(
    ['nausea_vomiting'],
    ['náusea*', 'nausea*', 'ganas de vomitar', 'vómito*', 'vomit*', 'he devuelto', 'devolví', 'devolviendo', 'mareo y vómito*', 'estómago revuelto'],
    'Feeling sick or being sick ("náuseas", "vómitos", "ganas de vomitar").',
  ),
  e(
    ['cannot_keep_fluids_down'],
    ['no retengo ~3 (nada|líquidos|agua|la medicación)', 'vomito todo', 'devuelvo todo', 'no tolero ~2 (nada|líquidos|agua)'],
    'Cannot keep fluids or medicines down.',
    { implies: ['nausea_vomiting'] },
  ),
  e(
    ['diarrhoea_or_vomiting_recent'],
    ['diarrea*', 'gastroenteritis', 'virus ~2 estómago', 'descompuesto', 'descompuesta', 'cagalera'],
    'Several days of vomiting or diarrhoea in the last week.',
  ),
  e(
    ['burning_urination'],
    [
      'escozor|ardor|quema|quemazón|arde|pica|pican ~4 (al orinar|al hacer pis|cuando orino|al mear)',
      '(al orinar|al hacer pis|cuando orino|al mear) ~4 (escozor|ardor|quema|arde|escuece|pica|dolor)',
      'escuece ~3 (orinar|orino|pis)',
      'disuria',
      'infección de orina',
      'infección urinaria',
      'cistitis',
      'orino ~3 (mucho|muy a menudo|cada poco|cada rato|todo el rato)',
      'ganas de orinar ~3 (constantes|todo el rato|todo el tiempo|a cada rato)',
      'polaquiuria',
      'urgencia miccional',
    ],
    'Burning or stinging when peeing, or peeing much more often or urgently.',
  ),
  e(
    ['blood_in_urine'],
    [
      'sangre ~3 (en la orina|en el pis|al orinar|en el pipí)',
      'orina|pis|pipí ~4 (con sangre|roja|rojiza|rosa|rosada|rosado|sanguinolenta)',
      'hematuria',
      'orino sangre',
    ],
    'Blood in the urine: pink, red or brown.',
  ),
  e(
    ['dark_cola_urine'],
    [
      'orina|pis|pipí ~4 (muy oscura|oscura|marrón|color coca cola|como coca cola|color té|como té|café)',
      'orina color coca cola',
    ],
    'Dark brown or cola-coloured urine.',
  ),
  e(
    ['thirst_dark_urine'],
    ['(sed|boca seca) && orina|pis ~3 (oscura|más oscura|concentrada|amarilla oscura)', 'mucha sed', 'sediento', 'sedienta', 'boca seca'],
    'Thirst and a dry mouth, with darker urine than usual.',
  ),
  e(
    ['peeing_less'],
    ['orino ~3 (muy poco|menos|poquito)', 'casi no orino', 'apenas orino', 'menos orina'],
    'Passing much less urine than usual.',
  ),
  e(
    ['dizziness_fainting'],
    ['mare*', 'desmay*', 'me desvanecí', 'perdí el conocimiento', 'síncope', 'vértigo', 'me iba a caer', 'todo me da vueltas', 'aturdid*'],
    'Dizziness, light-headedness, fainting or collapse.',
  ),
  e(
    ['sweaty_clammy_pale'],
    ['sudor frío', 'sudores fríos', 'sudando ~2 (frío|mucho|a chorros)', 'sudoroso', 'sudorosa', 'empapad* en sudor', 'pálid*', 'blanco como la pared|papel', 'blanca como la pared|papel', 'piel fría', 'húmeda y fría', 'diaforesis', 'sudoración profusa'],
    'Cold, sweaty, clammy or pale skin.',
  ),
  e(
    ['breathless'],
    ['falta de aire', 'me falta el aire', 'sin aire', 'ahog*', 'no puedo respirar', 'me cuesta respirar', 'dificultad para respirar', 'disnea', 'respiración ~2 (agitada|corta|rápida)', 'sin aliento', 'fatigad* al respirar'],
    'Short of breath.',
  ),
  e(
    ['palpitations'],
    ['palpitacion*', 'corazón ~4 (acelerado|a mil|muy rápido|desbocado|late fuerte|late muy rápido|irregular|salta|va a mil)', 'taquicardia', 'latidos ~3 (rápidos|fuertes|irregulares)'],
    'A racing, pounding or irregular heartbeat.',
  ),
  e(
    ['confusion_drowsy'],
    ['confus*', 'desorientad*', 'no sabe dónde está', 'somnolient*', 'adormilad*', 'no se despierta', 'le cuesta mantenerse despiert*', 'me cuesta mantenerme despiert*', 'muy dormid*', '(quedo|queda|quedando) dormid* ~4 (mitad|hablando|frase|conversación)', 'se duerme ~3 hablando', 'diciendo cosas sin sentido', 'no dice cosas con sentido'],
    'New confusion, unusual drowsiness or difficulty staying awake.',
  ),
  e(
    ['pulsing_in_belly'],
    ['late ~3 (barriga|tripa|vientre|abdomen|ombligo)', '(barriga|tripa|vientre|abdomen|ombligo) ~4 (late|latido|latidos|pulsa|pulsación|palpitación)', '(latido|latidos|pulso|pulsación|pulsaciones|palpitación) ~4 barriga|tripa|vientre|abdomen|ombligo', 'masa pulsátil', 'bulto que late'],
    'A pulsing, heartbeat-like feeling or lump in the tummy.',
  ),
  e(
    ['tingling_mouth_fingers'],
    ['hormigueo|cosquilleo ~4 (boca|labios|alrededor de la boca|yemas|dedos de las manos)', '(boca|labios|yemas de los dedos) ~3 (dormid*|hormigue*)'],
    'Tingling around the mouth or in the fingertips.',
  ),
  e(
    ['hand_foot_spasm'],
    ['manos|dedos ~4 (agarrotad*|se me quedan rígid*|en garra|se doblan solos|se contraen)', 'tetania', 'espasmo carpopedal'],
    'Cramping spasms of the hands or feet.',
  ),
  e(
    ['generalised_weakness'],
    ['debilidad ~3 (general|generalizada|en todo el cuerpo)', 'sin fuerza en todo el cuerpo', 'todo el cuerpo ~3 débil'],
    'Marked weakness of muscles all over the body.',
  ),
  e(['seizure'], ['convulsi*', 'ataque epiléptico', 'crisis epiléptica', 'epilepsia'], 'A fit (seizure).'),
  e(
    ['jaw_stiffness'],
    ['mandíbula|quijada ~4 (rígida|trabada|bloqueada|agarrotada|tiesa|apretada)', 'no puedo abrir ~2 (la boca|bien la boca)', 'me cuesta abrir ~2 la boca', 'trismus', 'trismo'],
    'Difficulty opening the mouth or a stiff, locked jaw.',
  ),
  e(
    ['recent_wound'],
    ['me corté', 'me he cortado', 'arañazo', 'espina', 'rosal', 'se hizo un corte', 'se cortó', 'corte', 'herida', 'me clavé', 'me pinché ~3 (clavo|alambre|espina|rosal)', 'pinchazo con un clavo', 'clavo oxidado', 'rasguño', 'mordedura', 'mordisco'],
    'A cut, puncture or dirty wound in the last few weeks.',
    { withinDays: 42 },
  ),
  e(
    ['tetanus_vaccine_not_up_to_date'],
    ['(no|nunca) ~4 (vacuna|vacunado|vacunada|puesto la vacuna|refuerzo) ~3 tétanos', 'tétanos ~4 (no sé|no recuerdo|hace años|hace mucho)', 'sin vacuna ~2 tétanos'],
    'Not vaccinated against tetanus, or no booster in the last 10 years.',
  ),
  e(
    ['heavy_sweating_heat'],
    ['(calor|ola de calor|sudé|sudando|sudado) ~6 (mucho|muchísimo|a chorros|litros)', 'sudé muchísimo', 'golpe de calor'],
    'Heavy sweating from hot weather or hard exercise in the last day.',
  ),
  e(
    ['low_fluid_intake'],
    ['(apenas|casi no|poco|muy poco) ~2 (bebo|he bebido|bebí|tomo agua|he tomado agua|líquido|agua)', 'no he bebido ~3 (nada|casi nada|agua|mucho)', 'no bebo ~2 (casi|suficiente|mucha) agua'],
    'Drinking little fluid in recent days.',
  ),
];

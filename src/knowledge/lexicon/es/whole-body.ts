/**
 * The whole body, in Spanish: fever, feeling very unwell, urine, heart and breath, the gut.
 */
import { e } from '../entry.ts';
import { CELSIUS_FEVER } from '../temperature.ts';
import type { LexEntry } from '../types.ts';

export const wholeBody: readonly LexEntry[] = [
  // Spoken order, the finding first and then "no": "fiebre no", "dolor en el pecho no, pero…". Written
  // as phrases rather than a "no" after any finding, which would reach back along a list ("hormigueo,
  // fiebre no" does not deny the tingling).
  e(
    ['fever'],
    ['(fiebre|calentura|febrícula) (no|tampoco|nada) (tengo|he tenido|hay|tiene|ha tenido)? $'],
    '"Fiebre no", "calentura tampoco": the fever is plainly denied.',
    { says: 'absent', overrides: ['fever'] },
  ),
  e(
    ['chills_rigors'],
    ['(escalofríos|tiritona|tiritonas) (no|tampoco|nada) (tengo|he tenido|hay|tiene)? $'],
    '"Escalofríos no": chills are plainly denied.',
    { says: 'absent', overrides: ['chills_rigors'] },
  ),
  e(
    ['pain_chest'],
    [
      '{pain} ~3 {chest} (no|tampoco|nada) (tengo|he tenido|hay|tiene)? $',
      '{chest} (no|tampoco) (me duele)? $',
    ],
    '"Dolor en el pecho no": chest pain is plainly denied.',
    { says: 'absent', overrides: ['pain_chest'] },
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'],
    ['{numb} (no|tampoco|nada) (tengo|he tenido|hay|tiene)? $'],
    '"Hormigueo no": numbness and tingling are plainly denied.',
    { says: 'absent', overrides: ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'] },
  ),
  e(
    ['generalised_weakness', 'weakness_one_leg', 'weakness_both_legs'],
    ['(debilidad|pérdida de fuerza|falta de fuerza) (no|tampoco|nada) (tengo|he tenido|hay|tiene)? $'],
    '"Debilidad no": weakness is plainly denied.',
    { says: 'absent', overrides: ['generalised_weakness', 'weakness_one_leg', 'weakness_both_legs'] },
  ),
  e(
    ['fever'],
    [
      'fiebre',
      'fiebres',
      'febril',
      'calentura',
      'afiebrad*',
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
    [
      // "No me baja la fiebre", "no se le quita la calentura": a fever that will not come down, the
      // phrase's own "no" (it was read as a denial of the fever).
      'no (me|le|se me|se le|se)? (baja|bajaba|ha bajado|quita|quitaba|ha quitado|cede|cedía|va|iba|pasa) ~1 (la)? (fiebre|calentura|temperatura|febrícula)',
      '(fiebre|calentura|temperatura|febrícula) no (me|le|se me|se le|se)? (baja|bajaba|ha bajado|quita|quitaba|cede|cedía|va|iba|pasa)',
    ],
    'A fever that will not come down is a fever.',
  ),
  e(
    ['fever'],
    ['temperatura'],
    'A bare mention of the temperature says nothing; "no tengo temperatura" or "la temperatura es normal" plainly deny a fever.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    [],
    ['(lasègue|lasegue|bragard|slr|flexión|extensión|elevación|abducción|rotación|ángulo) ~4 # grados|°|º'],
    'An angle in an examination ("Lasègue positivo a 40 grados") is not a temperature.',
    { overrides: ['fever'] },
  ),
  e(
    ['fever'],
    [
      'temperatura|fiebre|termómetro ~3 #',
      // A note's "Tª 38,2", "T: 38".
      '(tª|tº|temp|t) :? #',
      '# ~2 de temperatura|fiebre',
      '# ~2 grados|°|°c|ºc|º ~3 temperatura|fiebre',
      '# °c|ºc|º|grados',
      'a # ~2 de fiebre',
    ],
    'A measured temperature: 38 °C or more is a fever, under 37.5 °C is not, in between is unclear.',
    {
      number: CELSIUS_FEVER,
    },
  ),
  e(
    ['fever'],
    ['(tengo|tiene|tenía|marca|marcaba|marcó|llegó a|llega a|me dio|le dio) # (y pico|y algo|y poco)'],
    'A temperature said without its word, "tengo 38 y pico", "marcaba 37 y algo": above the number said, so 38 and up is a fever, 37 and something is unclear, under 37 is not.',
    { number: { present: { gte: 38, lte: 45 }, absent: { gte: 34, lt: 37 }, unknown: { gte: 37, lt: 38 } } },
  ),
  e(
    [],
    ['# (y pico|y algo|y poco) (años|añitos|kilos|kg|semanas|días|horas|minutos|euros|pesos|dólares)'],
    'An age or a weight said the same way ("tengo 38 y pico años") is no temperature.',
    { overrides: ['fever'] },
  ),
  e(['fever'], ['afebril', 'apirético', 'apirética'], 'Clinical words for no fever.', { says: 'absent' }),
  e(
    ['fever'],
    [
      'termómetro',
      'no me he tomado ~2 la temperatura',
      'no he medido ~2 la temperatura',
      'no me la he tomado',
    ],
    'Having no thermometer, or not having taken the temperature, means the fever is not known.',
    { says: 'unknown', negated: 'unknown' },
  ),
  e(
    ['chills_rigors'],
    [
      'escalofrío*',
      'tiritona',
      // "Me dan tembladeras" (shaking fits).
      'tembladera*',
      'chuchos',
      'chucho de frío',
      'chuchos de frío',
      'tiritera',
      'tiritando',
      'temblando ~2 de frío',
      // "Estoy temblando", "tiemblo": shaking is read as shivering, as in English.
      'estoy temblando',
      // "No dejo de temblar" (I can't stop shaking): the "no" is the phrase's.
      'no (dejo|paro) de (temblar|tiritar)',
      'tiemblo',
      'temblores',
      'tirito',
      'rigidez por frío',
    ],
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
      // Río de la Plata "me siento para el traste", "estoy hecho mierda".
      '(me siento|me encuentro|estoy|ando) ~1 (para el traste|pal traste|hecho mierda|hecha mierda|como el culo|de la mierda)',
      'hecho polvo',
      // An old person "muy decaído" (low, not themselves) is very unwell.
      '(muy|está|estoy|la veo|lo veo|anda|ando|se ve|se nota) (muy|bastante)? (decaído|decaída)',
      'hecha polvo',
      'mal estado general',
      'afectación del estado general',
      'algo no va bien',
      'no es un dolor de espalda normal',
      'no es un dolor normal (de espalda)?',
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
      '(he perdido|perdí|he bajado|bajé|adelgacé|he adelgazado) ~4 (peso|kilos|kg|libras|kilitos|librititas|libritas)',
      'pérdida de peso',
      'pérdida ponderal',
      '(pérdida|perdida) de # (kg|kilos|kilogramos|libras)',
      // Spain's clinical "síndrome constitucional": weight loss with loss of appetite and tiredness.
      'síndrome constitucional',
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
      // "Ando cansado como nunca": more tired than ever.
      'cansad* como nunca',
      // "Ando bien cansada" (Mexico: very), "muy cansado", Río de la Plata "re cansado".
      '(bien|muy|súper|super|re|tan) cansad*',
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
    [
      'náusea*',
      'nausea*',
      'ganas de vomitar',
      // Latin America's "devolver" (to throw up): "tengo ganas de devolver", "devolví todo".
      'ganas de devolver',
      '(devolví|he devuelto|ha devuelto|devolvió|estoy devolviendo|está devolviendo) ~2 (todo|la comida|lo que como|lo que comí|lo que come)',
      'vómito*',
      'vomit*',
      'he devuelto',
      'devolví',
      'devolviendo',
      'mareo y vómito*',
      'estómago revuelto',
    ],
    'Feeling sick or being sick ("náuseas", "vómitos", "ganas de vomitar").',
  ),
  e(
    ['cannot_keep_fluids_down'],
    [
      'no retengo ~3 (nada|líquidos|agua|la medicación)',
      'vomito todo',
      // "Estoy vomitando todo lo que tomo", "devuelve todo lo que bebe".
      '(vomitando|vomito|vomita|devolviendo|devuelvo|devuelve) todo lo que (tomo|toma|bebo|bebe|como|come)',
      'ni (el)? agua ~2 (retengo|retiene|tolero|tolera|aguanto|aguanta)',
      'devuelvo todo',
      'no tolero ~2 (nada|líquidos|agua)',
      '{unable} ~2 (tomar|beber|retener) ~2 (ni)? (agua|líquidos|nada|líquido)',
    ],
    'Cannot keep fluids or medicines down.',
    { implies: ['nausea_vomiting'] },
  ),
  e(
    ['diarrhoea_or_vomiting_recent'],
    [
      'diarrea*',
      'gastroenteritis',
      'virus ~2 estómago',
      'descompuesto',
      'descompuesta',
      'cagalera',
      // Several days of it: "he estado vomitando varios días", "lleva tres días devolviendo".
      '(vomitando|devolviendo|vómitos) ~3 (varios|#c) días',
      '(varios|#c) días ~3 (vomitando|devolviendo|con vómitos)',
    ],
    'Several days of vomiting or diarrhoea in the last week.',
  ),
  e(
    ['burning_urination'],
    [
      'escozor|ardor|quema|quemazón|arde|pica|pican ~4 (al orinar|al hacer pis|cuando orino|al mear)',
      '(al orinar|al hacer pis|cuando orino|al mear) ~4 (escozor|ardor|quema|arde|escuece|pica|dolor)',
      'escuece ~3 (orinar|orino|pis|{pee})',
      // Spain's clinical "síndrome miccional": burning, frequency and urgency ("clínica miccional" is vaguer).
      'síndrome miccional',
      '(arde|quema|pica|escuece|ardor|escozor) ~3 (cuando hago pis|cuando meo|cuando hago pipí|al hacer pipí)',
      // The peeing first, the burning in the next clause: "hace pipí muy seguido y le arde".
      '(hago|hace|haces) (pis|pipí) && (me|le|te) (arde|quema|escuece)',
      // Pain said right at the peeing is dysuria; with no gap, so "me duele la espalda al orinar" stays the back.
      '(dolor|duele|molestias|molesta|pinchazos) (mucho|bastante|muchísimo|horrores)? (al orinar|al hacer pis|cuando orino|cuando hago pis|al mear|cuando meo|al hacer pipí|cuando hago pipí)',
      'disuria',
      'infección de orina',
      'infección urinaria',
      'cistitis',
      // No gap before "mucho": "orino poco y con mucho esfuerzo" is straining, not frequency.
      'orino (mucho|demasiado|muchísimo|muy a menudo|a menudo|cada poco|cada rato|todo el rato)',
      'orino ~2 (muy a menudo|cada poco|cada rato|todo el rato|cada media hora|cada hora)',
      'ganas de orinar ~3 (constantes|todo el rato|todo el tiempo|a cada rato)',
      'polaquiuria',
      // Burning when going: "cuando voy a hacer pipí me arde", "al ir a orinar me quema".
      '(cuando|al|cada vez que) (voy a|ir a|vaya a|va a)? {pee} ~2 (me arde|arde|me quema|quema|me escuece|escuece|me pica|ardor|escozor|ardores)',
      // Going all the time: "tengo que ir a cada rato", "voy al baño cada poco".
      '(tengo que|tiene que|necesito|voy|va) (ir|correr)? (al baño)? (a cada rato|a cada ratito|cada rato|cada ratito|cada poco|cada media hora)',
      // "Tengo que ir a orinar a cada rato".
      '(ir|voy|va) a (orinar|hacer pis|hacer pipí|mear) (a cada rato|a cada ratito|cada rato|cada ratito|cada poco|muy seguido)',
      'urgencia miccional',
    ],
    'Burning or stinging when peeing, or peeing much more often or urgently.',
  ),
  e(
    ['blood_in_urine'],
    [
      'sangre ~3 (en la orina|en el pis|al orinar|en el pipí)',
      'orina|pis|pipí ~4 (con sangre|roja|rojiza|rosa|rosada|rosado|sanguinolenta|rojo|como sangre)',
      // The diminutives of Latin America: "me salió como rosadito", "rojita".
      'orina|pis|pipí ~4 (rosadito|rosadita|rojito|rojita|rosita)',
      // The urine left unnamed after peeing: "tengo ganas de orinar… y sale poquito y con sangre".
      '(sale|me sale|salió|me salió|sale todo) ~3 con sangre && {pee}',
      'hematuria',
      'orino sangre',
      '(orino|meo|hago pis) (rojo|roja|rosado|rosa|con sangre|sangre)',
      '(orinando|meando|haciendo pis|haciendo pipí) (rojo|con sangre|sangre)',
    ],
    'Blood in the urine: pink, red or brown.',
  ),
  e(
    ['dark_cola_urine'],
    [
      'orina|pis|pipí ~4 (muy oscura|oscura|marrón|color coca cola|como coca cola|color té|como té|café)',
      'orina color coca cola',
      '(orino|meo|hago pis) ~2 (oscuro|muy oscuro|marrón|negro|como coca cola|color coca cola|como té|color té|como café)',
    ],
    'Dark brown or cola-coloured urine.',
  ),

  e(
    ['thirst_dark_urine'],
    [
      '(sed|boca seca) && orina|pis ~3 (oscura|más oscura|concentrada|amarilla oscura)',
      'mucha sed',
      'sediento',
      'sedienta',
      'boca seca',
    ],
    'Thirst and a dry mouth, with darker urine than usual.',
  ),
  e(
    ['peeing_less'],
    [
      'orino ~3 (muy poco|poco|menos|poquito)',
      '(hago pis|hago pipí|meo) ~2 (muy poco|poquito|muy poquito|menos)',
      'casi no orino',
      // Said of someone else: "orina poquito".
      'orina (muy poco|muy poquito|poquito|poquísimo|menos que antes)',
      '(casi no|apenas) (hago pis|hago pipí|meo|hago del baño)',
      'apenas orino',
      'menos orina',
    ],
    'Passing much less urine than usual.',
  ),
  e(
    ['dizziness_fainting'],
    [
      'mare*',
      'desmay*',
      // Spain's "un vahído" (a faint), a note's "lipotimia", "síncope".
      'vahído*',
      'lipotimia*',
      'síncope*',
      'me desvanecí',
      '(se desvaneció|se desvanece|se ha desvanecido|desvanecimiento)',
      '(me dio|tuve|me ha dado) un bajón de (tensión|presión)',
      'se me (nubló|nubla|ha nublado) la vista',
      'perdí el sentido',
      'perdí el conocimiento',
      'pérdida de (conocimiento|consciencia|conciencia)',
      '(perdió|ha perdido|he perdido) el (conocimiento|sentido)',
      'síncope',
      'vértigo',
      'me iba a caer',
      'todo me da vueltas',
      'aturdid*',
    ],
    'Dizziness, light-headedness, fainting or collapse.',
  ),
  e(
    ['sweaty_clammy_pale'],
    [
      'sudor frío',
      'sudores fríos',
      'sudando ~2 (frío|mucho|a chorros)',
      'sudoroso',
      'estoy sudando',
      'sudoración',
      'diaforétic*',
      'sudorosa',
      'empapad* en sudor',
      'pálid*',
      '(blanco|blanca) como (la|el)? (pared|papel|un fantasma)',
      'blanca como la pared|papel',
      'piel fría',
      'húmeda y fría',
      'diaforesis',
      'sudoración profusa',
    ],
    'Cold, sweaty, clammy or pale skin.',
  ),
  e(
    ['breathless'],
    [
      'falta de aire',
      'me falta el aire',
      // Said of someone else: "le falta el aire".
      '(le|te|les|nos) falta|faltaba el aire|aliento',
      'me falta el aliento',
      'me falta la respiración',
      '{unable} ~1 respirar',
      'falta de aliento',
      'sin aire',
      'ahog*',
      'no puedo respirar',
      'me cuesta respirar',
      'dificultad para respirar',
      'disnea',
      'respiración ~2 (agitada|corta|rápida)',
      'sin aliento',
      'fatigad* al respirar',
    ],
    'Short of breath.',
  ),
  e(
    ['palpitations'],
    [
      'palpitacion*',
      'corazón ~4 (acelerado|a mil|muy rápido|desbocado|late fuerte|late muy rápido|irregular|salta|va a mil)',
      // The verb first: "me late el corazón rápido", "le palpita el corazón fuerte".
      '(late|latía|palpita|palpitaba) (el)? corazón ~2 (rápido|rapidísimo|deprisa|fuerte|fortísimo|a mil)',
      'taquicardia',
      'taquicardias',
      'latidos ~3 (rápidos|fuertes|irregulares)',
    ],
    'A racing, pounding or irregular heartbeat.',
  ),
  e(
    ['confusion_drowsy'],
    [
      'confus*',
      'confundid*',
      'desorientad*',
      'no sabe dónde está',
      // "Está como ido", "no reconoce a nadie".
      '(está|estaba|anda|lo veo|la veo) como (ido|ida)',
      'no (me|nos|la|lo|le)? (reconoce|reconocía) (a nadie)?',
      'somnolient*',
      'adormilad*',
      'no se despierta',
      'le cuesta mantenerse despiert*',
      'me cuesta mantenerme despiert*',
      'muy dormid*',
      '(quedo|queda|quedando) dormid* ~4 (mitad|hablando|frase|conversación)',
      'se duerme ~3 hablando',
      'diciendo cosas sin sentido',
      'no dice cosas con sentido',
    ],
    'New confusion, unusual drowsiness or difficulty staying awake.',
  ),
  e(
    ['pulsing_in_belly'],
    [
      // Every word for the tummy ({tummy}: "la panza", "el estómago" too).
      'late ~3 {tummy}',
      '{tummy} ~4 (late|latido|latidos|pulsa|pulsación|palpitación)',
      '(latido|latidos|pulso|pulsación|pulsaciones|palpitación) ~4 {tummy}',
      'masa pulsátil',
      // A note's "dolor … en la barriga, pulsátil".
      '(barriga|tripa|vientre|abdomen|abdominal|ombligo) ~4 pulsátil',
      'dolor pulsátil && (barriga|tripa|vientre|abdomen|abdominal)',
      'masas pulsátiles',
      'bulto que late',
    ],
    'A pulsing, heartbeat-like feeling or lump in the tummy.',
  ),
  e(
    ['tingling_mouth_fingers'],
    [
      'hormigueo|cosquilleo ~4 (boca|labios|alrededor de la boca|yemas|dedos de las manos)',
      '(boca|labios|yemas de los dedos) ~3 (dormid*|hormigue*)',
      '(se me duermen|se me duerme|se me adormecen|adormecidos|dormidos) ~2 (los labios|la boca|las yemas|las puntas de los dedos)',
    ],
    'Tingling around the mouth or in the fingertips.',
  ),
  e(
    ['hand_foot_spasm'],
    [
      'manos|dedos ~4 (agarrotad*|se me quedan rígid*|en garra|se doblan solos|se contraen|como garras|como una garra)',
      '(se me acalambran|se me agarrotan|calambres en) (las|los)? (manos|dedos de las manos|pies y manos|manos y pies)',
      // Cramps named in the back and then the hands: "calambres en la zona lumbar y en las manos".
      'calambre|calambres ~6 y en (las|mis|sus)? (manos|dedos de las manos)',
      'tetania',
      'espasmo carpopedal',
    ],
    'Cramping spasms of the hands or feet.',
  ),
  e(
    ['generalised_weakness'],
    [
      'debilidad ~3 (general|generalizada|en todo el cuerpo)',
      'sin fuerza en todo el cuerpo',
      '(débil|débiles|sin fuerzas|flojo|floja) ~2 (en todo el cuerpo|de todo el cuerpo)',
      '(no tengo fuerzas|sin fuerzas|no tengo fuerza) para nada',
      'todo el cuerpo ~3 débil',
    ],
    'Marked weakness of muscles all over the body.',
  ),
  e(['seizure'], ['convulsi*', 'ataque epiléptico', 'crisis epiléptica', 'epilepsia'], 'A fit (seizure).'),
  e(
    ['jaw_stiffness'],
    [
      '(se me agarrota|se me traba|se me bloquea|tengo agarrotada|tengo trabada) ~2 (la mandíbula|la quijada)',
      'mandíbula|quijada ~4 (rígida|trabada|bloqueada|agarrotada|tiesa|apretada)',
      'no puedo abrir ~2 (la boca|bien la boca)',
      'me cuesta abrir ~2 la boca',
      'trismus',
      'trismo',
    ],
    'Difficulty opening the mouth or a stiff, locked jaw.',
  ),
  e(
    ['recent_wound'],
    [
      'me corté',
      'me he cortado',
      'arañazo',
      'espina',
      'rosal',
      'se hizo un corte',
      'se cortó',
      'corte',
      'herida',
      'me clavé',
      'me pinché ~3 (clavo|alambre|espina|rosal)',
      'pinchazo con un clavo',
      'clavo oxidado',
      'rasguño',
      'mordedura',
      'mordisco',
    ],
    'A cut, puncture or dirty wound in the last few weeks.',
    { withinDays: 42 },
  ),
  e(
    ['tetanus_vaccine_not_up_to_date'],
    [
      '(no|nunca) ~4 (vacuna|vacunado|vacunada|puesto la vacuna|refuerzo) ~3 tétanos',
      // The vaccine named first: "la vacuna del tétanos no me la he puesto nunca".
      'vacuna (del|contra el) tétanos ~2 (no|nunca) ~3 (puesto|puse|pusieron|puso|tengo|tiene)',
      'tétanos ~4 (no sé|no recuerdo|hace años|hace mucho)',
      'sin vacuna ~2 tétanos',
    ],
    'Not vaccinated against tetanus, or no booster in the last 10 years.',
  ),
  e(
    ['heavy_sweating_heat'],
    [
      '(calor|ola de calor|sudé|sudando|sudado) ~6 (mucho|muchísimo|a chorros|litros|un montón|una barbaridad|horrores)',
      'sudé muchísimo',
      // "He sudado a mares", "sudando a chorros".
      '(sudé|sudado|sudando|sudo) ~2 (a mares|a chorros|la gota gorda)',
      'golpe de calor',
    ],
    'Heavy sweating from hot weather or hard exercise in the last day; sweating with chest pain is the cold sweat of the heart, not of heat.',
    { unless: ['pain_chest'] },
  ),
  e(
    ['low_fluid_intake'],
    [
      '(apenas|casi no|poco|muy poco) ~2 (bebo|he bebido|bebí|tomo agua|he tomado agua|líquido|agua)',
      'no he bebido ~3 (nada|casi nada|agua|mucho)',
      'no bebo ~2 (casi|suficiente|mucha) agua',
      // "Tomo poca agua", "no he tomado casi agua en todo el día".
      '(tomo|bebo|he tomado|he bebido|tomé|bebí|toma|bebe) (muy)? (poca|poquita) (agua|líquido)',
      '(no he tomado|no tomé|no ha tomado|no tomó|no tomo) (casi)? (nada de)? agua',
    ],
    'Drinking little fluid in recent days.',
  ),
];

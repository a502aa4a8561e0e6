/**
 * Where and how it hurts, in Spanish: places, kinds of pain, what makes it better or worse. Spanish
 * says pain with a verb that comes first ("me duele la espalda") or a noun ("dolor de espalda",
 * "dolor lumbar"); a pain word and a place within a few words make a located pain.
 */
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const whereItHurts: readonly LexEntry[] = [
  e(
    [],
    [
      'boca arriba',
      'de espaldas',
      'a mis|sus|tus|nuestras espaldas',
      'por la espalda ~2 del|de la? coche|sofá|silla',
      'respaldo',
      'dolor de cabeza',
      'parte de atrás de {my}? mano|cabeza|cuello|pierna|rodilla|muslo',
    ],
    '"Boca arriba" and "de espaldas" (lying on one\'s back), "el respaldo" (a seat back) and the back of another part of the body are not back pain.',
    { overrides: ['pain_lower_back', 'pain_upper_back', 'pain_through_to_back'] },
  ),
  e(
    [],
    [
      'de|del lado izquierdo|derecho',
      '(tumbado|tumbada|acostado|acostada|echado|echada|dormir|durmiendo|duermo) de lado|costado',
      'lado izquierdo|derecho de {my} espalda|columna|{lowback}',
      'a ambos lados de {my} columna',
      'efecto secundario|secundarios',
      'efectos secundarios',
      'de un lado',
    ],
    '"De lado" as a position, or a side of the back ("el lado derecho de la espalda"), is not flank pain.',
    { overrides: ['pain_flank'] },
  ),
  e(
    ['pain_lower_back'],
    [
      '{pain} ~6 {my}? {lowback}',
      '{lowback} ~6 {pain}',
      '{pain} ~6 {my}? espalda|columna',
      'espalda|columna ~6 {pain}',
      'dolor de espalda|columna',
      'dolor lumbar|lumbares',
      'lumbalgia',
      'lumbago',
      'lumbociática',
      'lumbociatalgia',
      '{my} espalda ~3 {went}',
      '{went} ~3 {my} espalda|{lowback}',
      '(me hice daño|me lastimé|me lesioné|me fastidié|me jodí|me torcí|me dañé) ~2 {my}? espalda|{lowback}',
      'me dio un tirón|latigazo ~3 espalda|{lowback}',
      'músculos|músculo ~3 {my}? espalda|{lowback}',
      'espalda contracturada|bloqueada|trabada|agarrotada',
    ],
    'Pain, stiffness or spasm in the back ("me duele la espalda", "dolor lumbar", "lumbago"). A person who says "la espalda" means the lower back unless they name another part.',
  ),
  e(
    ['pain_lower_back'],
    ['{lowback}', '{my} espalda'],
    'In a story about back pain, the lower back (or "mi espalda") is named because it hurts; "la espalda está bien" is the plain denial.',
  ),
  e(
    ['pain_upper_back'],
    [
      '{upperback}',
      '{pain} ~6 {my}? {upperback}',
      '{upperback} ~6 {pain}',
      'espalda ~2 {upperback}',
      'dorsalgia',
      'hasta {my}? {upperback}',
    ],
    'Pain between or around the shoulder blades ("entre los omóplatos", "las paletillas"), or in the middle of the back, is upper back pain.',
    { overrides: ['pain_lower_back'] },
  ),
  e(
    ['pain_flank'],
    [
      '{pain} ~5 {my}? costado|costados|flanco|flancos|riñón',
      'costado|flanco|riñón ~5 {pain}',
      '{pain} ~4 {my}? lado izquierdo|derecho',
      'dolor renal',
      'cólico renal ~2 {pain}',
      'fosa renal',
      'puñopercusión ~2 positiva',
      'desde {my}? espalda|{lowback} hacia|hasta {my}? costado|lado',
      'da la vuelta',
      // A pain placed at the kidney, closing its clause: "me duele el lado izquierdo de la espalda, por el
      // riñón" (a side of the back alone is not flank pain).
      '{pain} && (por|cerca de|a la altura de|a la altura del|hacia) (el|del)? riñón $',
      '{pain} && (por|cerca de|a la altura de|a la altura del|hacia) (el|del)? riñón ,',
      'rodea|rodeando ~3 (cintura|costado|barriga)',
    ],
    'Pain in one side of the body between the ribs and the hip ("el costado", "el riñón"), is flank pain.',
  ),
  e(
    ['pain_flank'],
    ['costado ,? debajo de {my}? costillas', 'bajo {my}? costillas ~3 {pain}'],
    'Pain in the side under the ribs is flank pain, not tummy pain.',
    { overrides: ['pain_abdomen'] },
  ),
  e(
    ['pain_buttock'],
    [
      '{pain} ~6 {my}? {buttock}',
      '{buttock} ~6 {pain}',
      'ciática ~3 {buttock}',
      'dolor glúteo',
      // Pain that runs to or from the buttock: "se me corre a la nalga", "me baja desde la nalga".
      '(se corre|corre|se me corre|baja|me baja|se va|irradia|irradiado|irradiada|se extiende) ~2 (a|hasta|hacia|por|desde) {my}? {buttock}',
      // Argentina and Uruguay call the buttocks "la cola" ("me baja desde la cola"); only as the place of a pain.
      '(baja|me baja|sale|arranca|empieza|va) ~2 desde (la|mi) cola',
      '(me duele|le duele|dolor en) (la|mi) cola',
    ],
    'Pain in the buttocks ("la nalga", "el glúteo", "el trasero").',
  ),
  e(
    ['pain_radiates_groin'],
    [
      '{pain} ~6 ingle|ingles|testículo|testículos|genitales',
      'ingle|ingles ~4 {pain}',
      '(baja|bajaba|irradia*|irradiado|irradiada|se extiende|se corre|corre|va|iba|hacia|hasta) ~4 {my}? ingle|ingles|testículo|testículos|genitales',
      // The slang for the testicles, only as where pain runs: "me corre para los huevos".
      '(baja|irradia|se corre|corre|me corre|va|se va|se me va) ~2 (para|a|hacia|hasta) (los|mis) (huevos|bolas|pelotas|cojones)',
    ],
    'Pain that spreads into the groin or genitals.',
  ),
  e(
    [],
    ['dolor de estómago por|de hambre', 'acidez de estómago', 'revuelto el estómago'],
    'An upset stomach or heartburn is not tummy pain of the kind asked about.',
    { overrides: ['pain_abdomen'] },
  ),
  e(
    ['pain_abdomen'],
    [
      '{pain} ~5 {my}? {tummy}',
      '{tummy} ~5 {pain}',
      'dolor abdominal',
      '{pain} ~8 espalda y (en)? {my}? {tummy}',
      // The low back by name: "dolor en la zona lumbar y en la tripa".
      '{pain} ~4 {lowback} y (en)? {my}? {tummy}',
      '{tummy} y (me duele|me duelen|me molesta|duele)',
      '{pain} ~3 (bajo|debajo de) {my}? costillas',
      '(da la vuelta|rodea|se extiende|se va|va) ~3 (hasta|hacia) {my}? {tummy}',
      'abdominalgia',
      'retortijones',
      'cólico|cólicos ~3 {tummy}',
      'calambres ~3 {tummy}',
    ],
    'Pain in the tummy ("la barriga", "la tripa", "el vientre", "el estómago") as well as, or instead of, the back.',
  ),
  e(
    ['pain_through_to_back'],
    [
      '{pain} ~6 {tummy}|pecho|{chest} ~6 (hasta|hacia|a|atraviesa|atravesando|traspasa|pasa|irradia|se va|va) ~3 {my}? espalda',
      '{tummy}|pecho|{chest} ~4 (hasta|hacia|a) ~2 {my}? espalda|{lowback}',
      'atraviesa|atraviesan|traspasa|atravesando ~3 {my}? espalda|{lowback}',
      'de delante hacia atrás',
      'como si me atravesara',
    ],
    'Pain in the chest or tummy that goes through to the back.',
  ),
  e(
    ['pain_through_to_back'],
    ['(también|además|incluso) (a|hasta|hacia) {my}? (espalda|{upperback}|{lowback})'],
    'A chest or tummy pain that spreads "y también a la espalda" goes through to the back.',
    { requires: ['pain_chest', 'pain_abdomen'] },
  ),
  e(
    ['pain_chest'],
    [
      '{pain} ~5 {my}? {chest}',
      '{chest} ~5 {pain}',
      'opresión ~3 {chest}',
      'presión ~3 {chest}',
      'dolor torácico',
      'pecho apretado',
      'me (aprieta|oprime) ~2 {my}? {chest}',
      'peso ~3 {chest}',
    ],
    'Chest pain, pressure or tightness.',
  ),
  e(
    ['pain_spreads_arm_jaw'],
    [
      '{pain} ~6 brazo|brazos|mandíbula|quijada|cuello',
      '(baja|irradia*|se extiende|va|hasta) ~4 {my}? brazo|brazos|mandíbula|quijada',
      // "Se le corre al brazo", "se me pasa a la quijada".
      '(corre|se corre|se le corre|se me corre|se te corre|se pasa|se le pasa|se me pasa) ~3 {my}? brazo|brazos|mandíbula|quijada',
    ],
    'Pain spreading to the arm, jaw or neck.',
    { requires: ['pain_chest', 'pain_upper_back', 'pain_lower_back', 'pain_through_to_back'] },
  ),
  e(
    ['pain_tearing_severe_sudden'],
    [
      'desgarr*',
      'como si ~3 (rasgaran|desgarraran|partieran|arrancaran|rompieran)',
      'como un desgarro',
      'el peor dolor de mi vida',
      'el peor dolor que he sentido',
    ],
    'Sudden, very severe, tearing or ripping pain.',
  ),
  e(
    ['muscle_knot_tight'],
    [
      'contractura*',
      'contracturad*',
      'espasmo*',
      'nudo|nudos',
      'tenso|tensa|tensos|tensas',
      'tensión muscular',
      'agarrotad*',
      'duro|dura|duros|duras como una? piedra|tabla|palo',
      'músculo|músculos ~4 duro|dura|duros|tenso|tensos|rígido|rígidos|apretado|apretados|cargado|cargados',
      'calambre|calambres ~6 espalda|{lowback}|músculo|músculos',
      'músculo|músculos ~6 calambre|calambres',
      'se pone|ponen|ponía|ponían duro|duros|dura|duras',
      // The pronoun between: "se me pone dura la zona lumbar", "se le puso duro el músculo".
      '(se me|se le|se te) (pone|ponen|ponía|ponían|puso|pusieron) (duro|duros|dura|duras|tiesa|tieso)',
      // "Se me acalambra la espalda": a cramp in the back.
      'acalambr* ~3 (espalda|{lowback})',
      '(espalda|{lowback}) ~3 acalambr*',
      'tirantez',
      'se me sube|subió ~2 el músculo',
      'espalda|{lowback} ~3 {went}',
      'bloque*',
      // Caribbean "la espalda trancada", Spain "me he quedado enganchado/a" (locked, caught).
      'espalda|{lowback} ~2 (trancada|trancado|trabada|trabado)',
      '(trancad*|trabad*|enganchad*) ~3 (espalda|{lowback})',
      '(me he quedado|me quedé|quedé) (enganchado|enganchada|trabado|trabada)',
      'trabad*',
      // "Se me trabó la cintura": the back locked, as the English "my back locked up".
      '(se me|se le|se te) trabó',
    ],
    'The painful muscle feels tight, hard or knotted ("una contractura", "duro como una piedra", "agarrotado"); a spasm can be felt.',
  ),
  e(
    ['pain_worse_movement'],
    [
      '{pain} ~6 (al|cuando|para|si) ~3 {move}',
      '{pain} ~6 (cada vez que|siempre que|en cuanto|nada más) ~3 {move}',
      // A score said of moving: "un 9 de 10 cuando me muevo".
      '# (de|sobre|/) 10|diez ~2 (al|cuando|si|cada vez que) ~2 {move}',
      '{move} ~5 {pain}',
      '{move} ~4 (peor|empeora|empeoraba|más)',
      '(peor|empeora|empeoraba|aumenta) ~4 (al|cuando|con) ~3 {move}|movimiento*',
      '(peor|empeora|duele más) ~3 (después de|tras) ~3 {move}|caminar|andar|trabajar|jardín',
      'cualquier|cada movimiento',
      'me cuesta ~3 {move}',
      // Any "can't" ("no consigo agacharme por el dolor"), so its "no" is the phrase's, never a denial of the pain.
      '{unable} ~2 {move}',
      'casi no puedo ~2 {move}',
      'no me puedo ~2 {move}',
      '(no puedo|no me puedo|no podía) ni (siquiera)? {move}',
      'casi no me puedo ~2 {move}',
      'mecánico',
      // "Lumbalgia mecánica", "de características mecánicas"; not a "válvula mecánica".
      '(lumbalgia|dorsalgia|lumbociatalgia|lumbociática|características|perfil|ritmo|tipo) mecánica|mecánicas',
      'dolor mecánico',
      // A note's position: "empeora en decúbito", "mejora en sedestación".
      '(empeora|mejora|alivia|aumenta|cede|peor|mejor) ~2 (en|con el|con la)? (decúbito|sedestación|bipedestación|reposo en cama)',
      // A position that eases or worsens it: "si me acuesto de costado se me calma".
      '(si|cuando|al) (me acuesto|me tumbo|me echo|me siento|me paro|me pongo de pie|acostarme|tumbarme|sentarme) ~4 (se me calma|se calma|se me alivia|se alivia|mejora|me alivia|empeora|me duele más)',
      'depende de la postura',
      'cambia con la postura|posición',
      'según la postura|posición',
      '(tumbado|tumbada|acostado|acostada|sentado|sentada|de pie) ~4 (peor|mejor|empeora|mejora|alivia|aliviaba)',
    ],
    'The pain changes with movement or position (worse when moving, bending or getting up; easier in some positions).',
  ),
  e(
    ['pain_eases_stretch_rest'],
    [
      '{remedy} ~6 (alivia|alivió|aliviaba|ayuda|ayudó|ayudaba|mejora|mejoró|calma|calmaba|se calma|se pasa|cede|afloja|aflojaba|se suelta|se relaja|baja)',
      '(alivia|alivió|aliviaba|ayuda|ayudó|ayudaba|mejora|mejoró|calma|se calma|se pasa|se me pasa|cede|cedía|afloja|aflojaba|se suelta|se relaja) ~6 {remedy}',
      // "Con calor y estirando se me pasa un poco": the remedies named first, in a list.
      'con {remedy} (y|o) {remedy} (se me pasa|se me quita|se me alivia|se me calma|se pasa|se quita|se alivia|se calma|mejora)',
      '(se pasa|se me pasa|se calma|cede|afloja|se suelta) ~3 (en|a los|después de|tras|al cabo de) ~2 (unos|pocos|minutos|un rato)',
      'con {remedy} ~4 mejor',
      '(mejor|mejora|alivia|se alivia) ~3 (después de|tras|al|con) ~2 {remedy}',
      '{remedy} ~4 (me la suelta|me lo suelta|la suelta|lo suelta|la afloja|lo afloja|se sueltan|se me pasan)',
      '(se sueltan|se relajan|se calman|ceden|aflojan|se me pasan) ~4 {remedy}',
    ],
    'The spasm eases within minutes with gentle stretching, heat or rest.',
  ),
  e(
    ['pain_eases_stretch_rest'],
    [
      '(se sueltan|se relajan|se calman|ceden|aflojan|se me pasan|se pasan) ~3 (en|a los|después de|tras|al cabo de) ~3 (unos|pocos|minutos|un rato)',
    ],
    'Cramps that pass within minutes are a spasm that eases, unless they are the night cramps of the legs ("calambres en las pantorrillas… se me pasan en unos minutos").',
    { unless: ['leg_cramp_night'] },
  ),
  e(
    ['pain_eases_stretch_rest'],
    ['{remedy} ~2 no ~3 (ayuda|alivia|mejora|calma|sirve)', 'nada ~2 (alivia|ayuda) ~2 {remedy}'],
    'Rest, heat or stretching said not to help plainly is not a spasm that eases with them.',
    { says: 'absent', negated: 'none', overrides: ['pain_eases_stretch_rest'] },
  ),
  e(
    ['pain_constant_unrelenting'],
    [
      'constante',
      'continuo',
      'continua',
      'continuamente',
      '{pain} ~4 todo el tiempo|rato',
      '{pain} ~4 día y noche',
      // The place said between: "me duele la espalda a la altura de la cintura día y noche".
      '{pain} ~8 (día y noche|noche y día)',
      // "Me duele todo el día y toda la noche", "no hay manera de estar cómodo".
      '{pain} ~4 todo el día y toda la noche',
      'no hay manera de (estar|ponerme|quedarme) (cómodo|cómoda|a gusto|bien)',
      'no para',
      // "No se me va con nada", "no se me quita con nada": nothing eases it.
      'no (se me)? (va|quita|pasa|calma|alivia) con nada',
      'no paraba',
      'no cede',
      'no se me quita',
      'no se quita',
      'no se va',
      'nada ~3 (alivia|alivie|ayuda|ayude|calma|calme|quita|quite|mejora|mejore|lo mejora)',
      'no hay nada ~3 (alivia|alivie|ayuda|ayude|calma|calme|quita|quite|mejora|mejore)',
      'no hay postura',
      'ninguna postura',
      'ni tumbado|tumbada|acostado|acostada|sentado|sentada ~4 (alivia|mejora|se calma|se quita|ni)',
      'ni en reposo',
      // "Me duele igual acostado que de pie": no position changes it.
      '{ache} ~2 igual (acostado|acostada|tumbado|tumbada|sentado|sentada|de pie|parado|parada) que (acostado|acostada|tumbado|tumbada|sentado|sentada|de pie|parado|parada)',
      'ni con reposo',
      'no mejora con nada',
      'no mejora ~3 (reposo|tumbado|acostado|descanso)',
      'incluso ~3 (tumbado|tumbada|acostado|acostada|en reposo|descansando)',
    ],
    'The pain is constant and unrelenting: no position or rest eases it.',
    { overrides: ['pain_eases_stretch_rest', 'pain_worse_movement'] },
  ),
  e(
    [],
    ['(ayer|anteayer|antier|{weekday}) (en|por|a|de) la (noche|madrugada)'],
    '"Desde ayer en la noche", "el domingo por la noche" say when it began, not that it is worse at night.',
    { overrides: ['night_pain'] },
  ),
  e(
    ['night_pain'],
    [
      '{ache} ~6 (por|en|de|durante) la noche',
      // Plural, as Latin America says it: "me duele la espalda por las noches".
      '{ache} ~6 (por|en|durante) las noches',
      '(por|en|de|durante) la noche ~6 {ache}|peor',
      // The plural of Latin America: "por las noches es cuando más me duele".
      '(por|en|durante) las noches ~6 {ache}|peor',
      // All night long: "me duele todo el día y toda la noche".
      '{ache} ~6 (toda la noche|todas las noches)',
      '(me despierta|me despertó|me despiertan|me despierto|despertándome|me levanta) ~6 {ache}|dolor',
      // Woken or kept awake, said in the past: "ayer en la noche me desperté por el dolor", "me dolió tanto
      // que no pude dormir" (the night of a date, "ayer en la noche", is no night pain, so these need
      // their own words).
      '(me desperté|me despertaba|me he despertado|se despertó|se despertaba) ~3 (por|del|de) ~2 {ache}|dolor',
      '(no pude|no podía|no he podido|no pudo|no puede) dormir ~3 (por|del|de) ~2 {ache}|dolor',
      '{ache}|dolor ~3 que no (pude|podía|puedo|he podido|pudo|podía) dormir',
      '{ache} ~6 (me despierta|me despertó|no me deja dormir|no me dejaba dormir)',
      'no me deja dormir',
      'no me deja ni (dormir|descansar por la noche)',
      'no me dejaba dormir',
      'no puedo dormir ~3 (por|del|de) ~2 dolor',
      '(no duermo|no dormí|no he dormido|no pego ojo|no pegué ojo) ~3 (por|del|de) ~2 dolor',
      '(me despierta|me despiertan|me despertó) ~2 (por la noche|de noche|por las noches|de madrugada)',
      'dolor nocturno',
      'peor de noche',
      'peor por la noche',
      // Said of someone else: "no lo deja dormir", "la despierta de noche".
      '(no lo|no la|no le|no te) (deja|dejaba) dormir',
      '(me|lo|la|le|te) (despierta|despiertan|despertó) ~2 (de noche|por la noche|por las noches|en la noche|de madrugada)',
    ],
    'The pain is worse at night or wakes the person from sleep.',
  ),
  e(
    ['pain_worse_cough_sneeze'],
    [
      '(toser|toso|estornudar|estornudo|tos|estornudos|hacer fuerza en el baño|pujar) ~6 {pain}|peor|empeora',
      // Straining on the toilet: "cuando voy al baño y hago fuerza me duele".
      '(hago fuerza|pujo|aprieto) ~3 {pain}|peor|empeora && (baño|váter|inodoro|caca|hacer de vientre|evacuar)',
      // "Cuando toso me da un latigazo": the jolt of pain a cough brings.
      '(toser|toso|estornudar|estornudo|tose|estornuda) ~5 (latigazo|latigazos|pinchazo|punzada|corrientazo|calambrazo)',
      '{pain} ~6 (al|cuando) ~2 (toser|toso|estornudar|estornudo|pujar)',
      // A note's "empeora con la tos", "aumenta con la maniobra de Valsalva".
      '(empeora|aumenta|empeoran|aumentan) (con|al) ~1 (tos|toser|estornudo|estornudos|estornudar|valsalva|maniobra de valsalva)',
      // "Al estornudar veo las estrellas": the idiom of a sharp pain.
      '(al|cuando) (toser|toso|estornudar|estornudo) ~3 (veo las estrellas|me muero|me mata|me parto)',
    ],
    'The pain is made worse by coughing, sneezing or straining on the toilet.',
  ),
  e(
    ['pain_colicky_waves'],
    [
      'a|en|por oleadas',
      'oleada|oleadas',
      'se mueve sin parar',
      'me muevo sin parar',
      'no encuentra postura',
      'cólico',
      'cólicos',
      'tipo cólico',
      'no puedo estar quiet*',
      // "No me puedo quedar quieto": the restlessness of a colic.
      '(no puedo|no me puedo|no se puede|no puede) (quedar|quedarme|quedarse|estarme|estarse) quiet*',
      'no me puedo estar quiet*',
      'no encuentro postura',
      'retorciéndome',
      'me retuerzo',
      'se retuerce',
      'retorcerme',
    ],
    'The pain comes in waves ("va y viene", "a oleadas", "cólico") and makes it impossible to keep still.',
  ),
  e(
    ['pain_after_meals'],
    [
      '(después de|tras|al) comer ~4 {pain}|peor',
      '{pain} ~4 (después de|tras|al) comer|comidas',
      'comidas grasas|grasosas',
      // Fatty food as the trigger: "después de comer cosas grasosas", "tras comer fritos".
      '(después de|tras|al) comer ~3 (grasa|grasas|grasoso|grasosa|grasosos|grasosas|grasiento|grasienta|grasientos|grasientas|fritos|fritura|frituras)',
    ],
    'The pain comes on after eating, especially fatty meals.',
  ),
  e(
    ['widespread_pain'],
    [
      'me duele todo',
      'me duele todo el cuerpo',
      'dolor|dolores ~3 (por todo el cuerpo|en todo el cuerpo|generalizado|generalizados)',
      'todo el cuerpo ~3 {pain}',
      '{pain} ~3 (en|por) todas partes',
      'fibromialgia',
      // A list, not a new clause: "la espalda, los hombros…", not "la espalda, tengo las piernas…".
      'espalda|cuello|hombros|caderas|brazos|rodillas , (los|las|el|la|mis|mi)? (hombros|caderas|brazos|rodillas|piernas)',
    ],
    'Aching and pain in many parts of the body, not only the back.',
  ),
  e(
    ['muscle_pain_tender_swollen'],
    [
      'muslos|hombros|brazos|piernas ~4 (hinchad*|inflamad*|sensibles|doloridos|duelen mucho)',
      'músculos ~4 (hinchad*|inflamad*|sensibles|muy doloridos|me duelen mucho)',
      'dolor muscular ~3 (intenso|fuerte|generalizado)',
      'mialgia*',
      // Severe pain in the big muscles: "me duelen muchísimo los muslos".
      '(duelen|dolían|duele|dolor) (muchísimo|horrores|horrible|un montón|demasiado) ~2 (los|las|mis)? (muslos|hombros|brazos|gemelos|músculos)',
      '(muslos|hombros|gemelos|músculos) ~3 (muchísimo|horrores|horrible|un montón)',
    ],
    'Severe pain, tenderness or swelling in large muscles beyond the back.',
  ),
  e(
    ['neck_stiffness_headache'],
    [
      'cuello ~4 (rígido|rigidez|tieso|no puedo doblar|no puedo mover)',
      'rigidez ~3 nuca|cuello',
      'rigidez de nuca',
      // "La nuca rígida y un dolor de cabeza tremendo".
      'nuca ~2 (rígida|tiesa|dura|agarrotada|que no puedo doblar)',
      'dolor de cabeza ~8 nuca',
      'nuca ~8 dolor de cabeza',
      'dolor de cabeza ~8 cuello',
      'cuello ~8 dolor de cabeza',
    ],
    'Severe headache with a stiff neck.',
  ),
  e(
    ['rash_band_one_side'],
    [
      'ampolla*|ampollit*|sarpullido|erupción|ronchas|granitos|granos ~8 (franja|banda|un lado|un costado|en línea|en fila)',
      // The diminutive of Latin America: "me salieron unas ampollitas".
      'ampolla*|ampollit*|sarpullido|erupción|ronchas|granitos && franja|banda',
      // A rash that wraps from the back round to the front: "un sarpullido que va de la espalda hacia el pecho".
      'ampolla*|ampollit*|sarpullido|erupción|ronchas|granitos ~8 (de|desde) la espalda (hacia|hasta|al|a) (el|la)? (pecho|barriga|tripa|adelante|delante|costillas)',
      '(franja|banda) ~6 (ampolla|ampollas|sarpullido|erupción|ronchas|granitos|granos)',
      'herpes zóster',
      // A "herpes" on the body (not the lip): "me salió un herpes en el costado".
      'herpes ~3 (costado|espalda|costilla|costillas|pecho|tórax|cintura|un lado|omóplato)',
      'zóster',
      'culebrilla',
      'culebrón',
    ],
    'A blistering rash in a band on one side of the body (shingles, "culebrilla").',
  ),
  e(
    ['yellow_skin_eyes'],
    [
      'amarill* ~4 (piel|ojos|blanco de los ojos)',
      '(piel|ojos|blanco de los ojos) ~4 amarill*',
      'ictericia',
      'ictérico',
      'ictérica',
    ],
    'Yellow skin or yellow whites of the eyes.',
  ),
  e(
    ['lump_or_shape_change'],
    ['bulto ~4 espalda|columna', 'espalda ~4 bulto|deforme|torcida', 'joroba nueva'],
    'A new lump or swelling on the back, or the back has changed shape.',
  ),
];

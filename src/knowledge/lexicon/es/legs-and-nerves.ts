/**
 * Legs, walking, nerves, bladder and bowel, in Spanish. One leg ("la pierna izquierda", "el pie") and
 * both ("las dos piernas", "los pies") are told apart by the words: a plural is both legs. "No puedo
 * orinar" is a warning sign stated with a negation word: the phrase carries its "no", so it is present.
 */
import type { FindingId } from '../../../contract/ids.ts';
import { e } from '../entry.ts';
import { LEG_OR_BUTTOCK_PAIN, WALKING_LEG_PAIN } from '../leg-pain.ts';
import type { LexEntry } from '../types.ts';

const BOTH_LEG_FINDINGS: FindingId[] = ['numbness_both_legs', 'weakness_both_legs', 'leg_pain_both_legs'];

export const legsAndNerves: readonly LexEntry[] = [
  e(
    [],
    [
      'de pie',
      // "En pie" is standing only as a verb's ("ponerme en pie") or alone: "parestesias en pie derecho" is a foot.
      '(estar|estoy|ponerme|ponerse|me pongo|mantenerme|me mantengo|tenerme|sostenerme|aguantar) en pie',
      'en pie $',
      'a pie',
      'ponerme de pie',
      'ponerse de pie',
      'pie de la cama',
    ],
    '"De pie" (standing) and "a pie" (on foot) are not the foot.',
    {
      overrides: [
        'leg_pain_below_knee',
        'leg_pain_above_knee',
        'leg_pain_both_legs',
        'numbness_one_leg',
        'weakness_one_leg',
      ],
    },
  ),
  e(
    [...BOTH_LEG_FINDINGS, 'numbness_one_leg', 'weakness_one_leg'],
    [
      'piernas {be} ~2 (bien|normal|normales|perfectas|fuertes)',
      'piernas ~2 funcionan ~2 bien|normal',
      'nada en {my}? piernas',
      'sin síntomas en {my}? piernas',
    ],
    'Legs said to be fine plainly have no numbness or weakness.',
    { says: 'absent' },
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs', 'weakness_one_leg', 'weakness_both_legs'],
    ['focalidad neurológica', 'déficit neurológico', 'déficits neurológicos', 'focalidad neurológica aguda'],
    'A note\'s "sin focalidad neurológica" plainly denies numbness and weakness in the legs; a bare mention says too little.',
    { says: 'vague' },
  ),
  e(
    [...BOTH_LEG_FINDINGS, 'numbness_one_leg', 'weakness_one_leg'],
    ['{legs} (las|los) (tengo|siento|noto) (bien|perfectamente|normal|normales)'],
    'The legs named first and then said fine ("las piernas las tengo bien") plainly have no numbness or weakness.',
    { says: 'absent' },
  ),
  e(
    ['saddle_numbness'],
    [
      '(siento|noto) (bien|normal|todo) ~2 (al limpiarme|cuando me limpio|al secarme|cuando me seco)',
      '(siente|nota) (bien|normal|todo) ~2 (al limpiarse|cuando se limpia|al secarse|cuando se seca)',
    ],
    'Feeling the wipe as usual plainly denies numbness in the saddle area.',
    { says: 'absent' },
  ),
  e(
    BOTH_LEG_FINDINGS,
    ['{my} otra pierna {be} ~2 bien|normal', 'pierna izquierda|derecha {be} ~2 bien|normal'],
    'One leg said to be fine means the trouble is not in both legs.',
    { says: 'absent' },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    [
      '{pain} ~6 {my}? {leg}|{legs}',
      '{leg}|{legs} ~6 {pain}',
      'dolor de pierna|piernas',
      'baja|bajaba|irradia* ~3 (a|por|hacia) ~2 {my}? pierna|piernas',
      'irradiad* ~2 (a|por|hacia) ~2 {my}? {leg}|{legs}',
    ],
    'Pain in a leg without where: unclear above or below the knee; "no me duelen las piernas" is a plain denial.',
    { says: 'vague' },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    ['irradiación', 'irradia', 'irradiar'],
    'A note\'s "lumbalgia sin irradiación" plainly denies pain spreading down the legs; a bare "irradiación" says too little (a place after it says more).',
    { says: 'vague' },
  ),
  e(
    ['leg_pain_above_knee'],
    [
      '{pain} ~6 {my}? {thigh}',
      '{pain} ~4 {buttock} (y|,) ~8 {thigh}',
      '{thigh} ~6 {pain}',
      '(baja|bajaba|irradia*|se extiende|se corre|se va|va) ~4 {my}? {thigh}',
      'por encima de {my}? rodilla',
      'no ~2 (pasa|baja|llega) ~4 (de|más allá de|por debajo de|a) ~2 {my}? rodilla',
      'hasta {my}? rodilla',
    ],
    'Pain spreading into the thigh, not below the knee ("no pasa de la rodilla").',
  ),
  e(
    ['leg_pain_above_knee'],
    ['sin (pasar|bajar|llegar) (de|más allá de|por debajo de|a)? ~2 {my}? rodilla|rodillas'],
    'A note\'s "irradiada a glúteo sin pasar de la rodilla": into the thigh and no further, so not below the knee.',
    { overrides: ['leg_pain_below_knee'] },
  ),
  e(
    ['leg_pain_below_knee'],
    [
      '(sin|no) (pasar|pasa|pasaba|bajar|baja|bajaba|llegar|llega|llegaba) (de|más allá de|por debajo de) (la|las|mi|su)? rodilla|rodillas',
    ],
    '"Sin pasar de la rodilla", "no baja de la rodilla" plainly deny pain below the knee; the "no" is the phrase\'s own.',
    { says: 'absent', negated: 'none' },
  ),
  e(
    ['leg_pain_below_knee'],
    [
      '{pain} ~6 {my}? {lowerleg}',
      '{lowerleg} ~6 {pain}',
      '(baja|bajaba|irradia*|se extiende|se corre|se va|va|llega|hasta) ~6 {my}? {lowerleg}',
      '{thigh} ~4 hasta ~2 {my}? {lowerleg}',
      'ciática',
      'ciático',
      'nervio ciático',
      // A note's "lumbociática", "lumbociatalgia": the back with its sciatica, read as "ciática" is.
      'lumbociática|lumbociatalgia|lumbociático',
      'por debajo de {my}? rodilla',
    ],
    'Pain down the leg below the knee, to the calf, foot or toes; "ciática" is pain below the knee.',
    { overrides: ['leg_pain_above_knee'] },
  ),
  e(
    ['leg_pain_both_legs'],
    [
      '{pain} ~6 {both} ~2 {leg}|{legs}',
      '{pain} ~4 {buttock} (y|,) ~8 {legs}',
      // The second leg joining the first, as the English lexicon reads "my other leg too".
      '{pain} ~4 {my}? otra pierna',
      '(baja|se va|va|se corre|pasa|pasó|se pasó) ~3 (a|hacia|por) {my}? otra pierna',
      '{both} ~2 {leg}|{legs} ~6 {pain}',
      '{pain} ~6 {my}? {legs}',
      '{legs} ~6 {pain}',
      // "Un dolor … que me baja por las dos piernas": the pain said far before where it goes.
      '(baja|bajan|bajaba|irradia|irradiado|irradiada|se corre|se extiende|se va|corre) ~3 (a|por|hacia|hasta) ~2 {both}? {my}? {legs}',
    ],
    'Pain, tingling or aching in both legs; a plural ("las piernas", "los pies") is both legs.',
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    [
      'no (me|le|te|se|se me|se le)? (baja|bajaba|irradia|se va|va|se corre|corre|se extiende|extiende|pasa) (el)? (dolor)? (a|por|hacia|hasta) (las|mis|sus|la|mi|su)? (piernas|pierna)',
    ],
    // No gap before "a las piernas": "no me baja tanto a las piernas" still goes down them.
    '"No me baja a las piernas": pain that plainly does not spread to the legs denies leg pain above and below the knee.',
    {
      says: 'absent',
      negated: 'none',
      overrides: ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    },
  ),
  e(
    ['leg_pain_worse_than_back'],
    [
      'pierna|piernas ~4 (peor|más) ~3 que ~3 {my}? espalda',
      'duele más ~2 {my}? pierna|piernas ~3 que ~2 {my}? espalda',
      'más ~2 {my}? pierna|piernas que ~2 {my}? espalda',
      'peor ~2 {my}? pierna|piernas que ~2 {my}? espalda',
    ],
    'The leg pain is worse than the back pain.',
  ),
  e(
    ['leg_pain_worse_than_back'],
    [
      '(es|son) (peor|peores|más fuerte|más intenso) que ~2 (el)? dolor de (la)? espalda',
      // The back named by its place: "es peor que el de la cintura", "más fuerte que el de los riñones".
      '(es|son) (peor|peores|más fuerte|más intenso|más intensa) que (el|lo)? (de la|del|de los|de) (espalda|{lowback})',
    ],
    'In a story of leg pain, "es peor que el dolor de espalda" says the leg pain is the worse.',
    { requires: LEG_OR_BUTTOCK_PAIN },
  ),
  e(
    ['leg_pain_worse_than_back'],
    ['espalda ~4 (peor|más) ~3 que ~2 {my}? pierna|piernas'],
    'The back hurting more than the leg plainly denies leg pain worse than back pain.',
    { says: 'absent' },
  ),
  e(
    ['walking_pain_needs_sitting_bending'],
    ['claudicación (neurógena|neurológica|medular)'],
    'Neurogenic claudication: leg pain on walking that eases only on sitting or bending forward.',
    { overrides: ['calf_cramp_walking'] },
  ),
  e(
    ['calf_cramp_walking'],
    [
      '(pantorrilla|pantorrillas|gemelo|gemelos) ~6 (caminar|camino|andar|ando|caminando|andando)',
      '(caminar|camino|andar|ando|caminando|andando) ~6 (pantorrilla|pantorrillas|gemelo|gemelos)',
      'claudicación',
    ],
    'A cramping or aching pain in the calf that comes on with walking.',
  ),
  e(
    ['walking_pain_stops_standing_still'],
    [
      '(parar|paro|me paro|me detengo|detenerme|pararme|quedarme quiet*|quedarme de pie) ~6 (se pasa|se me pasa|se quita|se me quita|desaparece|se va|se me va|alivia|mejora|cede)',
      '(se pasa|se me pasa|se quita|desaparece|se va|alivia|mejora|cede) ~6 (al|si) ~2 (parar|pararme|detenerme|quedarme quiet*)',
      // "Se me quita si me paro un par de minutos".
      '(se pasa|se me pasa|se quita|se me quita|desaparece|se va|se me va|alivia|mejora|cede) ~2 (al|si|cuando) (me paro|me detengo|paro|me quedo quiet*|me quedo parad*)',
      'de pie quiet* ~4 (se pasa|se me pasa|se quita|alivia|mejora)',
      // Stopping, then easing in the next clause: "me paro un ratico y se me quita".
      '(me paro|me detengo|paro) && (se me quita|se quita|se me pasa|se pasa|se me va)',
    ],
    'Leg or buttock pain brought on by walking goes away within minutes of simply stopping and standing still.',
    {
      requires: WALKING_LEG_PAIN,
    },
  ),
  e(
    ['walking_pain_stops_standing_still'],
    [
      '(parado|parada|de pie) (quieto|quieta) ~2 no (se me quita|se quita|se me pasa|se pasa|mejora|cede|se me alivia)',
    ],
    '"Parado quieto no se me quita": standing still plainly does not ease it; its "no" is its own.',
    { says: 'absent', negated: 'none', overrides: ['pain_constant_unrelenting'] },
  ),
  e(
    ['walking_pain_needs_sitting_bending'],
    ['sin (necesidad de|tener que) (sentarme|sentarse|sentarte)'],
    '"Se me quita sin necesidad de sentarme": sitting is plainly not needed.',
    { says: 'absent', negated: 'none' },
  ),
  e(
    ['walking_pain_needs_sitting_bending'],
    [
      '(sentarme|me siento|sentado|sentada|inclinarme|me inclino|inclinado|inclinada|agacharme|me agacho|doblarme|encorvarme|echarme hacia delante|carrito) ~8 (se pasa|se me pasa|se quita|alivia|mejora|cede|desaparece)',
      '(se pasa|se me pasa|se quita|alivia|mejora|cede) ~6 (sentarme|me siento|sentado|sentada|inclinarme|me inclino|inclinado|inclinada|carrito|apoyado|apoyada)',
      'tengo que sentarme',
      'necesito sentarme',
      'tengo que parar y sentarme',
      'apoyad* en el carrito',
    ],
    'Leg or buttock pain brought on by walking only eases when sitting down or bending forward.',
    { requires: LEG_OR_BUTTOCK_PAIN },
  ),
  e(
    ['standing_alone_brings_pain'],
    [
      '(estar de pie|de pie quiet*|estar parad*|de pie mucho rato|quedarme de pie|estar mucho tiempo de pie) ~8 {pain}|empieza|aparece|peor',
      '{pain} ~6 (estar de pie|de pie quiet*|estar parad*|de pie mucho rato|estar mucho tiempo de pie)',
      'de pie ~6 (me lo provoca|lo provoca|me lo trae|empieza|aparece)',
      'cola|fila ~6 {pain}|empieza|aparece',
    ],
    'Standing still for a while, without walking, brings on the leg or buttock pain.',
    { requires: LEG_OR_BUTTOCK_PAIN },
  ),
  e(
    ['no_pain_seated'],
    [
      'sentad* ~4 (no me duele|no me duele nada|no duele|ni me duele|estoy bien|sin dolor|no tengo dolor|desaparece|se va)',
      '(no me duele|no duele|no tengo dolor|sin dolor|estoy bien) ~4 sentad*',
      // A bare "nada" only right after the sitting: a gap before it could hold a "no" that would turn the
      // phrase round ("cuando me siento no me duele nada" was read as pain when seated).
      'cuando me siento ~4 (no me duele|no me duele nada|ni me duele|no tengo dolor|desaparece|se va|se me quita|se me pasa|estoy bien)',
      'cuando me siento ,? nada',
    ],
    'There is no leg or back pain at all when sitting.',
    {
      overrides: ['pain_worse_movement'],
      requires: LEG_OR_BUTTOCK_PAIN,
    },
  ),
  e(
    ['same_walking_distance'],
    [
      'misma distancia',
      'siempre ~3 (a los|después de) ~3 metros|minutos|calles|manzanas|cuadras',
      'siempre en el mismo sitio|punto',
    ],
    'The pain comes on after about the same walking distance each time.',
  ),
  e(
    ['foot_cold_pale_or_sores'],
    [
      '{leg}|{legs} ~3 (fría|frías|frío|fríos|pálida|pálidas|morada|moradas|amoratada|amoratadas)',
      'pie|pies ~4 (frío|fríos|fría|pálido|pálidos|morado|morados|azulado|azulados)',
      'heridas|llagas|úlceras ~4 (no cierran|no se curan|que no curan)',
      'úlcera ~3 (pie|pierna)',
      '(herida|llaga|úlcera) ~4 (pie|pierna|dedo) ~4 (no se cura|no cicatriza|no se cierra|no cura|no cierra)',
    ],
    'A foot that is cold, pale or bluish, or sores on the foot or leg that do not heal.',
    { overrides: ['sweaty_clammy_pale'] },
  ),
  e(
    ['leg_skin_shiny_hairless'],
    ['piel ~3 brillante ~4 piernas', 'sin vello ~3 piernas', 'se me ha caído el vello ~3 piernas'],
    'Shiny skin or hair loss on the lower legs.',
  ),
  e(
    ['foot_pain_at_rest'],
    [
      'pie|pies ~6 (en reposo|por la noche|de noche) ~4 {pain}|arde|quema',
      '{pain} ~4 pie|pies ~6 (colgando|colgar|bajar la pierna)',
      '(pie|pies) ~6 (se me alivia|se alivia|mejora|se calma) ~2 (colgándolo|colgándola|colgando|bajándolo|sacándolo de la cama)',
      '(colgando|colgar|sacando|sacar) (el pie|la pierna|los pies|las piernas) ~2 (fuera de la cama|de la cama|por fuera de la cama)',
    ],
    'Burning or aching pain in the foot at rest, eased by hanging the leg down.',
  ),
  e(
    ['calf_swollen_red_one_side'],
    [
      '(pantorrilla|gemelo|pierna|tobillo) ~4 (hinchad*|inflamad*|roja|rojo|enrojecid*|caliente)',
      '(hinchad*|inflamad*|roja|rojo|enrojecid*|caliente) ~4 (pantorrilla|gemelo|pierna)',
      // The verb first: "se me hincha y se me pone colorada la pantorrilla".
      '(se me|se le) (hincha|hinchó|ha hinchado|pone roja|pone colorada|puso roja|puso colorada) ~6 (pantorrilla|gemelo|pierna)',
      '(colorada|colorado) ~4 (pantorrilla|gemelo|pierna)',
      'trombosis',
      'tvp',
    ],
    'One calf or leg is swollen, warm, red or tender compared with the other.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_above_knee'] },
  ),
  e(
    ['leg_cramp_night'],
    [
      'calambre|calambres|rampa|rampas ~6 (noche|por la noche|de noche|en la cama|dormido|dormida|me despiertan|me despierta)',
      // A note's "calambres nocturnos en MMII".
      'calambre|calambres|rampa|rampas (nocturno|nocturnos|nocturna|nocturnas) (en)? (los|las|mis|sus)? ({legs}|{leg}|{lowerleg}|{thigh})?',
      '(noche|por la noche|de noche|en la cama) ~6 calambre|calambres|rampa|rampas',
    ],
    'Sudden painful cramps in the calf, foot or thigh at night or at rest.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'] },
  ),
  e(
    [],
    ['calambre|calambres|rampa|rampas ~3 (pantorrilla|pantorrillas|gemelo|gemelos|pie|pies|muslo)'],
    'A cramp in the calf, foot or thigh is a cramp, not pain spreading down the leg.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'] },
  ),
  e(
    ['leg_cramp_night'],
    ['calambre|calambres ~3 (pantorrilla|pantorrillas|gemelo|gemelos|pie|pies|muslo)'],
    'A calf cramp without when is most often the night cramp; one brought on by walking ("al caminar me da un calambre en la pantorrilla") is the walking cramp instead.',
    {
      overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'],
      unless: ['calf_cramp_walking'],
    },
  ),
  e(
    [],
    ['(he|has|hemos) dormido', '(quedado|quedé|quedarme|me quedo|se quedó) dormid*'],
    '"No he dormido nada", "me quedé dormido": sleep, not a limb gone numb ("se me ha dormido la pierna" is).',
    { overrides: ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'] },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    [
      'déficit motor',
      'déficit de fuerza',
      'focalidad motora',
      // A note's "niega parestesias, pérdida de fuerza…": the legs' strength in a back story.
      'pérdida|disminución|falta|merma de fuerza',
    ],
    'Clinical "sin déficit motor" plainly denies leg weakness; a bare mention says too little.',
    { says: 'vague' },
  ),
  e(
    ['saddle_numbness'],
    ['sensibilidad (perineal|perianal|en silla de montar|de la zona perineal|genital)'],
    'A note\'s "sensibilidad perineal conservada" plainly denies saddle numbness; a bare mention says too little.',
    { says: 'vague' },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    [
      '(fuerza|balance muscular) (conservada|conservado|normal|preservada|simétrica) (en|de)? {both}? {legs}?',
      'fuerza ~2 (5/5|cinco sobre cinco)',
    ],
    'A note\'s "fuerza conservada en ambos miembros inferiores" plainly denies leg weakness.',
    { says: 'absent' },
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs'],
    ['déficit sensitivo', 'focalidad sensitiva', 'sensitivo', 'sensitiva', 'sensitivos'],
    'Clinical "sin déficit sensitivo" (or "sin déficit motor ni sensitivo") plainly denies numbness in the legs; a bare mention says too little.',
    { says: 'vague' },
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'],
    ['{numb}'],
    'Numbness or tingling without where is unclear; "sin hormigueo" plainly denies it everywhere.',
    { says: 'vague' },
  ),
  e(
    ['numbness_one_leg'],
    [
      '{numb} ~5 {my}? {leg}',
      '{leg} ~5 {numb}',
      // A note names the nerve root's skin instead of the leg: "hipoestesia en dermatoma L5 izquierdo".
      '{numb} ~2 (dermatoma|territorio|raíz) (de)? (l|s) #',
      // "Ni" denies like "no" after a denied item: "no tengo fiebre ni siento las piernas".
      '(no|ni) siento|noto {feelgap}? {my}? {leg}',
      // The third person, as one writes for a parent: "no siente las piernas", "no nota la pierna".
      'no siente|nota {feelgap}? {my}? {leg}',
      // The leg first: "la pierna ya no la siento", "la pierna no la noto".
      '{leg} ~2 (ya)? no (la|lo) (siento|noto)',
      'no me siento|noto {feelgap}? {my} {leg}',
      'sin sentir|notar {feelgap}? {my}? {leg}',
      // A note's "parestesias en pie derecho", with no article ("en pie" alone is standing).
      '{numb} ~3 en pie {side}',
    ],
    'Numbness, tingling or pins and needles in one leg or foot.',
  ),
  e(
    ['numbness_both_legs'],
    [
      '{numb} ~5 {both}? {my}? {legs}',
      '{legs} ~5 {numb}',
      '{numb} ~5 {both} ~2 {leg}',
      // "Ahora también se me duerme la otra pierna": the second leg joining the first.
      '{numb} ~4 {my}? otra pierna',
      'otra pierna ~3 {numb}',
      '(no|ni) siento|noto {feelgap}? {my}? {legs}',
      'no siente|nota {feelgap}? {my}? {legs}',
      '{legs} ~2 (ya)? no (las|los) (siento|noto)',
      'no me siento|noto {feelgap}? {my} {legs}',
      'sin sentir|notar {feelgap}? {my}? {legs}',
      // "No siento nada de cintura para abajo": the body below the waist, not the back.
      '(no siento|no noto|sin sensibilidad|{numb}) ~3 (de|desde) (la)? cintura (para|hacia) abajo',
      '(de|desde) (la)? cintura (para|hacia) abajo ~3 (no siento|no noto|{numb})',
    ],
    'Numbness, tingling or pins and needles in both legs or feet.',
    { alsoDenies: ['numbness_one_leg'], overrides: ['numbness_one_leg'] },
  ),
  e(
    ['saddle_numbness'],
    [
      '{numb} ~5 {saddle}',
      '{saddle} ~6 {numb}',
      '(no|ni) siento|noto {feelgap}? {my}? (zona del|zona de|zona de los|zona de las)? {saddle}',
      'no me siento|noto {feelgap}? {my} (zona del|zona de|zona de los|zona de las)? {saddle}',
      // Río de la Plata's "vos" of one's own body: "no sentís nada cuando te limpiás".
      '(no sentís|no notás) ~4 (cuando te limpiás|limpiándote|al limpiarte|cuando te secás)',
      // Said of a relative: "dice que no siente el culo", "no nota las nalgas".
      '(no|ni) (siente|nota) {feelgap}? {my}? (zona del|zona de|zona de los|zona de las)? {saddle}',
      '(no|ni) (sentís|notás) {feelgap}? {my}? (zona del|zona de|zona de los|zona de las)? {saddle}',
      'anestesia en silla de montar',
      '(alteración|alteraciones|disminución|pérdida|ausencia|trastorno) de (la)? sensibilidad (perineal|perianal|genital|en silla de montar|de la zona perineal)',
      'al limpiarme ~6 (raro|distinto|diferente|no siento|no noto|dormid*|adormecid*)',
      '(raro|distinto|diferente|no siento|no noto) ~6 al limpiarme',
      'papel higiénico ~4 (raro|distinto|no lo siento|no lo noto)',
      '(no siento|no noto) ~4 (cuando me limpio|limpiándome|al secarme|cuando me seco)',
      // Said of someone else: "dice que no siente bien cuando se limpia".
      '(no siente|no nota) ~4 (cuando se limpia|limpiándose|al limpiarse|al secarse|cuando se seca)',
      '(cuando me limpio|limpiándome) ~6 (raro|distinto|diferente|no siento|no noto|dormid*|adormecid*)',
      '(no siento|no noto) ~5 (asiento|váter|wáter|taza|inodoro)',
      // The part first: "ahí abajo no siento nada".
      '{saddle} ~2 (ya)? no (siento|noto) nada',
      // Río de la Plata "la cola" (the bottom): "tengo la cola dormida".
      // "La cola la tengo como anestesiada".
      '(cola|colita) ~4 {numb}',
      '{numb} ~3 (la|mi) (cola|colita)',
    ],
    'Numbness or tingling around the genitals, back passage, buttocks or inner thighs, or a changed feeling when wiping.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    [
      '(no siento|no noto) {my}? {leg}|{legs} (débil|débiles|floja|flojas|flojo|flojos|sin fuerza|pesada|pesadas)',
    ],
    '"No siento las piernas débiles" denies weakness; it is not "I cannot feel my legs".',
    { says: 'absent', overrides: ['numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    ['numb_feet_neuropathy'],
    ['diabet* && pies|pie ~3 {numb}', 'diabet* && {numb} ~3 pies|pie', 'neuropatía', 'pie diabético'],
    'Numb feet in someone with diabetes, or known neuropathy: long-standing reduced feeling.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['generalised_weakness', 'weakness_one_leg', 'weakness_both_legs'],
    ['débil', 'debilidad', 'sin fuerza', 'sin fuerzas'],
    'Weakness without where is unclear; "no tengo debilidad" plainly denies it.',
    { says: 'vague' },
  ),
  e(
    ['weakness_one_leg'],
    [
      '{weak} ~4 {my}? {leg}',
      '{leg} ~5 {weak}',
      'pie caído',
      'arrastro ~2 {my}? pie|pierna',
      'se me dobla ~2 {my}? pierna|rodilla',
      // Said of a parent: "se le dobla la pierna", "le falla la rodilla".
      '(se le|se te) dobla ~2 {my}? pierna|rodilla',
      'se me va ~2 {my}? pierna',
      '(se le|se te) va ~2 {my}? pierna',
      '(le|te) falla ~2 {my}? ({leg}|rodilla)',
      'tropiezo ~2 (a menudo|mucho|todo el rato)',
      'no puedo ~3 (ponerme de puntillas|andar de puntillas|andar de talones|apoyar el pie)',
      'me falla ~2 {my}? {leg}',
      '{leg} ~2 no me (sostiene|aguanta)',
      'no me (sostiene|aguanta|responde) ~2 {my}? {leg}',
      'no me responde ~2 {my}? {leg}',
      '{leg} ~3 no me responde',
    ],
    'Weakness in one leg or foot: tripping, the foot dragging, unable to stand on heel or toes.',
  ),
  e(
    ['incontinence'],
    [
      '(se me fue|se le fue|se me escapó|se le escapó|se me ha ido|se le ha ido) (el|la)? (pis|pipí|orina|caca|popó)',
    ],
    '"Se me fue el pis" is a leak, not the back that "se me fue" (a sudden start).',
    { overrides: ['onset_sudden'] },
  ),
  e(
    [],
    [
      '(se me fue|se le fue|se me ha ido|se le ha ido|se me quitó|se le quitó) (el|la)? (dolor|molestia|calambre)',
    ],
    '"Se me fue el dolor" is the pain going away, not the back that "se me fue" (a sudden start).',
    { overrides: ['onset_sudden'] },
  ),
  e(
    ['weakness_one_leg'],
    [
      '(no puedo|no puede|no me puedo|no se puede|me cuesta|le cuesta) (pararme|ponerme|caminar|andar|pararse|ponerse) (de|en|sobre) (las|los)? (puntitas|puntillas|puntas|talones)',
    ],
    'Latin America\'s "no puedo pararme de puntitas", "no puedo caminar en talones": the heel or toe stand that a weak leg fails, not pain on moving.',
    { overrides: ['pain_worse_movement'] },
  ),
  e(
    ['weakness_both_legs'],
    [
      '(se me fueron|se me van|se me iban|se le fueron|se le van) (las)? fuerzas (de|en) (las|mis|sus)? piernas',
      'piernas (se me|se le) (aflojan|aflojaron|aflojaban)',
    ],
    '"Se me fueron las fuerzas de las piernas", "las piernas se me aflojan": both legs weak.',
    { alsoDenies: ['weakness_one_leg'], overrides: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_one_leg'],
    [
      '({unable}|no me puedo|no se me) ~2 (levantar|levanta|subir|sube) ~2 {my}? (pie|punta del pie|punta)',
      'arrastro ~2 {my}? punta',
      'se me cae ~2 {my}? pie',
      '{leg} ~3 (me arrastra|se me arrastra|lo arrastro|la arrastro|arrastrando)',
      'arrastro ~2 {my}? (pie|pierna)',
      '(no me puedo|no puedo) (poner|ponerme) de (puntillas|talones)',
      '(tropiezo|me tropiezo) (con)? ~1 {my}? (pie|pierna|punta del pie)',
      '{unable} ~2 mover ~2 (los dedos del pie|el pie|los dedos de los pies|el tobillo)',
    ],
    'A foot that cannot be lifted or drags (foot drop) is weakness of that leg, not pain on moving.',
    { overrides: ['pain_worse_movement'] },
  ),
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    ['(se me|se le|se te) (va|iba|baja|corre|pasa|irradia|tira) (a|hacia|hasta|por) {my}? (pierna|piernas)'],
    '"Se me va a la pierna" is pain spreading to the leg, not "se me va la pierna" (the leg gives way); where in the leg is unclear, and "no se me va a la pierna" plainly denies it.',
    { says: 'vague', overrides: ['weakness_one_leg', 'weakness_both_legs'] },
  ),
  e(
    ['weakness_one_leg', 'weakness_both_legs'],
    [
      '(puedo|puede|podía|pudo) mover ~1 {my}? (piernas|pierna|pies|pie) ~1 (bien|normal|sin problema|sin problemas|con normalidad)',
    ],
    'Moving the legs well plainly denies leg weakness (and says nothing of numbness).',
    { says: 'absent' },
  ),
  e(
    ['weakness_both_legs'],
    [
      '{weak} ~4 {both}? {my}? {legs}',
      '{legs} ~5 {weak}',
      'piernas ~3 (no me sostienen|no me aguantan|fallan|me fallan|de gelatina|de trapo|flojas)',
      'no puedo ~2 mover ~2 {my}? piernas',
      'me fallan ~2 {my}? {legs}',
      'se me doblan ~2 {my}? piernas|rodillas',
      '(se le|se te) doblan ~2 {my}? piernas|rodillas',
      '(le|te) fallan ~2 {my}? {legs}',
      '{legs} ~2 no me (sostienen|aguantan|responden)',
      // Said of someone else: "las piernas no le responden", "no le obedecen".
      '{legs} ~2 no (le|te|les) (sostienen|aguantan|responden|obedecen)',
      '{legs} ~2 no me obedecen',
      'no me responden ~2 {my}? {legs}',
      'no me (aguantan|sostienen) ~2 {my}? {legs}',
      '{legs} ~3 no me responden',
      'parálisis',
      'paraparesia',
      'paraplejia',
      'paraplejía',
      'paresia ~3 {both}? {legs}',
      'paralizad*',
    ],
    'Weakness in both legs.',
    { alsoDenies: ['weakness_one_leg'], overrides: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_progressing'],
    [
      'cada vez más ~2 (débil|débiles|dormida|dormidas|entumecida|entumecidas|flojas)',
      '(debilidad|entumecimiento|hormigueo|adormecimiento|flojedad) ~4 (va a más|aumenta|empeora|se extiende|sube|va a peor|ha ido a peor|está empeorando|ha empeorado|cada vez peor|cada día peor|cada vez mayor)',
      '(cada vez|cada día) (tengo)? menos fuerza',
      'se me extiende ~3 (entumecimiento|hormigueo)',
      // Numbness reaching the second leg: "ahora también se me está durmiendo la otra pierna".
      '(ahora|ya) ~2 también ~3 {numb} ~3 (la|mi|su)? otra pierna',
      // A note's "debilidad progresiva", "parestesias progresivas".
      '(debilidad|paresia|pérdida de fuerza|parestesias|hipoestesia|entumecimiento) ~2 (progresiva|progresivas|progresivo|en aumento|creciente)',
    ],
    'Leg weakness or numbness that is spreading or getting worse over hours or days.',
    { requires: ['weakness_one_leg', 'weakness_both_legs', 'numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    ['urinary_retention'],
    ['vejiga', 'orina', 'orinar', 'orino', 'pis', 'pipí', 'micción', 'micciones'],
    'A bare mention of the bladder or peeing says nothing; "orino normal", "la vejiga bien" plainly deny trouble passing urine.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    [
      'vejiga ~2 (y|ni|o) ~2 intestino|intestinos|heces|vientre',
      'esfínteres',
      'control de esfínteres',
      'clínica miccional',
      'alteraci* esfinteriana*',
      // A note's "niega alteraciones de esfínteres", "sin trastornos esfinterianos".
      '(alteraci*|trastorno*|problema*|disfunci*) (de|en) (los)? esfínteres',
      'trastorno* esfinteriano*',
      'clínica esfinteriana',
      'ir al baño ~3 (normal|bien|sin problemas)',
      '(orina|orinar|orino|pis|pipí) ~2 (y|ni|o) ~2 (heces|caca|deposiciones|hacer de vientre)',
      // A note's "micción y deposición normales", "micciones y hábito intestinal sin cambios".
      '(micción|micciones|diuresis) ~2 (y|ni|o) ~2 (deposición|deposiciones|evacuación|evacuaciones|hábito intestinal|ritmo intestinal|heces)',
      // The bowel first: "hago caca y pis normal".
      '(caca|heces|deposiciones|popó) ~2 (y|ni|o) ~2 (pis|pipí|orina|orinar|orino)',
    ],
    'The bladder and bowels ("los esfínteres", "ir al baño") said to be fine plainly deny trouble passing urine and loss of control.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    [
      // A bladder that does not work, or no urge to pee: trouble not yet told apart, so asked (each was
      // read as a denial of bladder trouble).
      'no (me)? (funciona|va|responde) (bien)? ~1 {my}? vejiga',
      'vejiga no (me)? (funciona|va|responde)',
      '(no tengo|no siento|no noto|sin) (ganas|necesidad) de {pee}',
    ],
    'A bladder said not to work well, or no urge to pee, is bladder trouble not yet told apart: asked.',
    { says: 'vague', affirmed: 'unknown' },
  ),
  e(
    [],
    ['retención de (líquidos|líquido|agua)', 'retención hidrosalina', 'retención hídrica'],
    'Fluid retention ("retención de líquidos") is swelling, not trouble passing urine.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['urinary_retention'],
    [
      '{unable} ~2 {pee}',
      '{unable} ~3 (empezar|iniciar) ~3 {pee}',
      'chorro ~3 (débil|flojo|lento|fino|flojito|finito|sin fuerza)',
      // A bladder still full after: "me quedo con ganas después de orinar".
      '(me quedo|se queda|quedo|me quedé) con ganas ~3 (después de|tras|al terminar de) (orinar|hacer pis|hacer pipí|mear)',
      'goteo',
      'retención (aguda|aguda de orina|crónica)? (de orina|urinaria)',
      'retención aguda',
      // A note's bare "retención" ("niega incontinencia ni retención"); fluid retention is not it.
      'retención',
      'globo vesical',
      'sondaje vesical',
      'vejiga ~3 (llena|sigue llena|no se vacía)',
      'vejiga ~2 (inflada|hinchada|distendida|a reventar|a tope)',
      'no se me vacía ~2 vejiga',
      'vaciado incompleto',
      'no he orinado ~4 (desde|en todo el día|en horas|hace)',
      'no he hecho pis ~4 (desde|en todo el día|en horas|hace)',
      'no orino ~3 (desde|nada)',
      // Peeing that is not right is trouble peeing, not the "orino bien" that denies it.
      'no (orino|meo|hago pis|hago pipí) (bien|normal|con normalidad)',
      // The "no" of no urine coming is the phrase's: "no ha salido orina desde anoche", "no echo nada de pis".
      'no (ha|han) salido ~2 (orina|pis|pipí|nada de orina|nada de pis)',
      'no (echo|suelto|expulso) (nada de|ni gota de|ni una gota de|ni gota|nada)? (pis|orina|pipí)',
      'no hago ~2 (pis|pipí) ~3 (desde|en todo el día|en horas|hace)',
      '(no he orinado|no he hecho pis|no he meado|no he hecho pipí) en',
      '(no ha orinado|no ha hecho pis|no ha meado|no orina) ~3 (desde|en todo el día|en horas|hace|en)',
      '(la|mi) vejiga no (se)? (me)? (vacía|vacia)',
      'sin orinar ~4 (desde|horas|todo el día)',
      // "Llevo dos días sin orinar", "hace 12 horas que no meo": the "sin"/"no" belongs to the phrase.
      '(llevo|lleva|llevamos|estoy|está) ~5 sin (poder)? {pee}',
      'sin poder {pee}',
      'hace ~4 que no (puedo|he podido|consigo)? {pee}',
      'no meo',
      'no he meado',
      // Trying with nothing coming, a thin or dribbling stream, none since a time (each was read as a
      // denial, or as nothing): "intento orinar y no sale nada", "desde anoche no hago pis", "no hay orina
      // desde la mañana", "no he ido al baño a orinar desde ayer", "sale poquita orina".
      '(intento|trato de|quiero|tengo ganas de|me dan ganas de|voy a) {pee} ~3 no (me)? (sale|salía|sale nada|sale ni gota|salió)',
      '(intento|trato de|quiero|tengo ganas de|me dan ganas de|voy a) {pee} (y|pero) no (me)? (sale|salía|salió)',
      'no (me)? sale ~1 el chorro',
      '(orino|orina|pis|pipí|meo) (a|en|por) (gotas|gotitas|chorritos|chorrito|goteo|gota a gota)',
      '(sale|salen|me sale|me salen) ~1 (poquita|poquito|poca|unas gotas|gotitas|gotas) (de)? (orina|pis|pipí)',
      '(orina|pis|pipí) ~2 (sale|salen) ~1 (poquita|poquito|poca|gota a gota|gotas|a gotas|a gotitas)',
      '(desde|hace) ~3 no (orino|he orinado|meo|he meado)',
      '(desde|hace) ~3 no (hago|he hecho|hice) (pis|pipí)',
      'no he ido al baño (a orinar|a hacer pis|a mear|a hacer pipí) ~2 (desde|en todo el día|hace)',
      '(no hay|no sale|no tengo|no echo) (nada de)? (orina|pis) ~2 (desde|en todo el día|hace)',
      '(orina|pis) no (me)? sale (si no|sin) ~1 (aprieto|apretar|empujo|empujar|hacer fuerza|pujo|pujar)',
      // Neither stool nor urine: "no he podido hacer caca ni pis desde ayer" (read as no trouble peeing).
      '{unable} ~1 (hacer)? (caca|popó|del dos|de vientre) (ni|y|o) (tampoco)? (hacer)? (pis|pipí|orinar|mear|del uno)',
      // "… pero no orino": not peeing at all, said at the end of its clause.
      '(no orino|no he orinado|no puedo orinar|ya no orino) $',
      '(apenas|casi no) (puedo|consigo)? {pee}',
      'no hay manera de {pee}',
      'no hay (forma|modo) de {pee}',
      'no hay (manera|forma|modo) de que (me)? (salga|sale) ~2 (el pis|la orina|el pipí)',
      '{pee} ~4 sale ~2 (poquito|muy poco|gota a gota|a gotas|a gotitas)',
      '{pee} ~4 (con)? (mucho)? esfuerzo',
      '(tengo que|hay que) pujar ~2 para {pee}',
      'no (me)? sale ~2 (la orina|el pis|el pipí|la pipí|nada de orina|ni gota)',
      // The urge named first: "tengo ganas de orinar pero no me sale".
      'ganas de {pee} && no (me)? (sale|salía|sale nada|sale ni gota)',
      // As the English lexicon reads "can't feel when I pee".
      '(no siento|no noto|sin sentir) {feelgap}? (cuando orino|cuando hago pis|al orinar|la orina al salir|salir la orina|el pis al salir|pasar la orina)',
      '(tengo que|hay que) (apretar|empujar|hacer fuerza) ~2 para {pee}',
      '(no termino|no acabo|no consigo) de? vaciar',
      'no (la)? vacío (del todo|bien|completamente|entera)',
      'sensación de (no vaciar|vaciado incompleto|que no vacío|que no se vacía)',
      'no vacío ~2 {my}? vejiga',
    ],
    'New difficulty starting to pee, a weak stream, a bladder that still feels full, or being unable to pee ("no puedo orinar").',
  ),
  e(
    ['incontinence'],
    [
      '(controlo|aguanto|retengo) (bien)? (el pis|la orina|la vejiga|los esfínteres|esfínteres|la caca|las heces|el intestino)',
      'control de esfínteres (normal|conservado|bien)',
    ],
    'Holding pee and poo as usual plainly denies incontinence.',
    { says: 'absent' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    ['(hago|hace|hacemos) (del|de el) (baño|uno|dos) (normal|bien|sin problemas|con normalidad)'],
    'Mexico\'s "hago del baño normal" (going to the toilet as usual) plainly denies trouble with the bladder or bowels.',
    { says: 'absent' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    ['no (hago|hace|hacemos) (del|de el) (baño|uno|dos) (normal|bien|con normalidad)'],
    '"No hago del baño normal" may be constipation or not peeing: left open (asked), never a denial.',
    { says: 'vague', overrides: ['urinary_retention', 'incontinence'] },
  ),
  e(
    ['incontinence'],
    [
      'me hice pis|pipí|caca ~2 encima',
      // Latin America: "me hice pichí encima", Mexico "me hice del baño sin darme cuenta".
      '(me hice|se hizo|me hago|se hace|me he hecho) (pichí|popó|del baño|del uno|del dos) ~2 (encima|sin darme cuenta|sin querer|en la cama|en los pantalones|en el pantalón)',
      // Soiled or wet unawares: "me ensucié sin darme cuenta", "se me fue el pis".
      '(me ensucié|se ensució|me he ensuciado|se ha ensuciado) ~2 (sin darme cuenta|sin darse cuenta|encima|sin querer)',
      // Nothing named: "me hice encima", "se ha hecho encima".
      '(me hice|se hizo|me hago|se hace|me he hecho|se ha hecho) encima',
      // The same with "pis", "pipí", "caca": "me hice pipí en la cama sin darme cuenta".
      '(me hice|se hizo|me hago|se hace|me he hecho|se ha hecho) (pis|pipí|caca) ~2 (sin darme cuenta|sin querer|en la cama|en los pantalones|en el pantalón|sin enterarme)',
      '(orinando|meando|me orino|me meo|orino) ~2 sin control',
      // Said of someone else, or in the past: "se orinó en la cama", "me meé encima".
      '(se orinó|se meó|me oriné|me meé|se ha orinado|se ha meado|se orina|se mea) ~2 (en la cama|encima|en los pantalones|en el pantalón|sin darse cuenta|sin querer|sin darme cuenta)',
      '(no tengo|sin|he perdido el|perdí el) control (de|del|sobre)? (la|el|los)? (vejiga|orina|pis|esfínter|esfínteres|intestino|caca)',
      // The verb, said of oneself or a relative: "mi padre no controla la orina desde ayer".
      '(no controlo|no controla|no puedo controlar|no puede controlar|ya no controla|ya no controlo) (el|la|los)? (pis|orina|vejiga|esfínteres|caca|heces|intestino)',
      '(hecho|hice|hizo|hace|hago) pis|pipí|caca encima',
      'me orin* ~2 encima',
      '(se orina|se orinó|se ha orinado|se mea|se meó|se ha meado|se hace pis|se hizo pis) ~2 encima',
      '(me orino|me meo|me hago pis|me hago pipí) ~2 sin (querer|darme cuenta|control|enterarme)',
      'me meé|meo ~2 encima',
      'se me escapa|escapó|escapa ~3 (la orina|el pis|el pipí|la caca|las heces)',
      'escapes de orina',
      'pérdida* ~2 de orina',
      '(perdí|he perdido|pierdo|pérdida de) ~2 (el control|control) ~3 (de la vejiga|de esfínteres|del intestino|de la orina)',
      'no (me)? aguanto ~3 (la orina|el pis|el pipí|la pipí|las ganas|la caca|las heces)',
      'no (retengo|retiene|retenía) ~2 (la orina|el pis|el pipí|la caca|las heces)',
      // Not noticing it happen, or the urge to open the bowels: "no me doy cuenta cuando me orino".
      '(no me doy cuenta|no me entero|no noto|no siento) (de)? (cuando|que|si) (me)? (orino|meo|hago pis|hago pipí|hago caca|se me sale|se me escapa)',
      '(no noto|no siento|no sé|no distingo) (si|cuando) tengo ganas de (hacer caca|ir al baño|hacer del baño|defecar|evacuar|hacer popó)',
      '(se me|se le) (escapa|escapó|escapan|escaparon|ha escapado|han escapado|sale|salió|salen|ha salido) ~3 (la orina|el pis|el pipí|la pipí|la caca|las heces|el popó|los orines)',
      // Mexico "se me hace pipí sin darme cuenta"; wetting the bed; Spain "me he meado encima".
      '(se me hace|se me sale|se me va|se me salen) ~1 (pis|pipí|orina|los orines|del baño) ~2 (sin darme cuenta|sin querer|encima|sola|solo)',
      '(me orino|me meo|me hago pis|me hago pipí|me he orinado|me he meado|me oriné) ~1 en la cama',
      'me (he)? (meado|orinado|hecho pis|hecho pipí) ~2 encima',
      '(caca|pis|pipí|orina|heces|popó) ~6 (se me|se le) (ha escapado|escapa|escapó|escapado|sale|salió|ha salido)',
      'no (controlo|controla|controlaba) ~3 (la orina|el pis|la vejiga|esfínteres|los esfínteres|el pipí)',
      'incontinencia*',
      'no noto|siento {feelgap}? {my}? (ganas de orinar|cuando tengo ganas|que tengo la vejiga llena|la vejiga llena)',
      // Lost bladder feeling, read as the English lexicon reads "can't feel when I need to pee".
      '(no tengo|sin|he perdido|perdí|pérdida de) (la)? sensación de (ganas|necesidad) de {pee}',
      '(la orina|el pis|el pipí|la caca) ~2 se (me)? (sale|escapa|va) (sola|solo)',
      '(no me entero|no me doy cuenta|no se da cuenta|no noto|no siento|no sé) (de)? (cuando|si) (tengo|tiene) (ganas de orinar|ganas de ir al baño|que ir al baño|que orinar|ganas de hacer pis)',
      '(no noto|no siento) (las)? ganas de (ir al baño|orinar|hacer pis|mear)',
      '(no distingo|ya no distingo|no sé) ~2 (si|cuando) tengo ganas de? {pee}?',
      'mojé la cama',
      'me mojé',
      'me lo hago encima',
      'me la hago encima',
      'no (llego|me da tiempo a llegar|me da tiempo de llegar) ~2 al baño',
      // "No siento la vejiga": not knowing whether the bladder is full (it was read as no bladder trouble).
      '(no siento|no noto|ya no siento|ya no noto) {my}? vejiga',
    ],
    'New loss of bladder or bowel control, or not knowing whether the bladder is full.',
  ),
  e(
    ['incontinence'],
    [
      '(pérdida|falta|sin|no) (de|del)? (el)? control ~2 (de|del) (los)? (esfínteres|esfínter|vejiga|intestino|orina)',
      '(pérdida|falta|sin|no) (de|del)? (el)? control ~2 (de|del) (la)? (vejiga|orina)',
      '(perdí|he perdido|pierdo|ha perdido|perdió) ~2 control ~2 (de|del) (los)? (esfínteres|esfínter)',
      'no controlo ~3 (el esfínter|los esfínteres|la caca|las heces|el intestino)',
      // A note's words for the functions: "no controla la micción ni la deposición", "sin control de micción"
      // (each was read as a denial of bladder trouble, as "micción y deposición normales" is).
      '(no controlo|no controla|no puedo controlar|no puede controlar) (ni)? (la|las)? (micción|micciones|deposición|deposiciones)',
      '(pérdida|falta|sin|no) (de|del)? (el)? control ~2 (de|del|en)? (la|las)? (micción|micciones|deposición|deposiciones)',
      // "No puedo aguantar la orina" is holding it in, not starting it: the "{unable} … {pee}" of trouble
      // peeing must not read it too.
      '{unable} ~2 (aguantar|retener|controlar|aguantarme) ~3 (la orina|el pis|el pipí|las ganas|la caca|las heces|el esfínter|los esfínteres|la vejiga|los orines)',
    ],
    '"No control de esfínteres", "pérdida del control de esfínteres": lost control of bladder or bowel, stated with its own "no"; not trouble starting to pee.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['urinary_retention'],
    [
      '(no hay|no ha habido|no he tenido|no ha tenido|no he hecho|no ha hecho|sin|ausencia de) (micción|micciones|diuresis) ~6 (desde|en las últimas|hace|horas|todo el día)',
    ],
    'No urine passed since a time ("no hay micción ni deposición desde ayer"): the "no" is the phrase\'s own, so it is no denial of bladder trouble.',
    { negated: 'none' },
  ),
  e(
    [],
    ['nada (raro|rara|extraño|extraña|distinto|distinta|diferente|anormal|fuera de lo normal)'],
    '"No noto nada raro" is nothing wrong noticed, not a loss of feeling.',
    { overrides: ['sexual_dysfunction_new', 'saddle_numbness', 'numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    ['sexual_dysfunction_new'],
    [
      '{unable} ~3 (tener|mantener|conseguir) ~2 (una erección|erección|erecciones)',
      'erección|erecciones ~3 (problemas|dificultad|no)',
      'problemas de erección',
      'disfunción eréctil',
      'impotencia',
      'no se me (pone dura|pone duro|empina|para)',
      '{unable} ~2 eyacular',
      '(no siento|no noto) ~3 (nada|igual) ~3 (relaciones|sexo)',
      // The euphemism of a partner: "con mi señora ya no siento nada", "con mi mujer tampoco siento nada".
      'con (mi|la) (señora|mujer|esposa|pareja|marido|esposo|novia|novio) ~2 (no|tampoco|ya no) (siento|noto) (nada|lo mismo|igual)',
      '(pérdida de|sin|menos) ~2 sensibilidad ~4 (relaciones|sexo|genitales)',
    ],
    'New loss of sexual sensation, or new erection or ejaculation problems.',
  ),
  e(
    ['unsteady_walking'],
    [
      'inestable|inestables',
      'inestabilidad',
      'tambale*',
      'tambaleo',
      'trastabill*',
      '(pierdo|perdí|he perdido|pierde|perdió|pérdida de|pérdidas de|sin) ~1 (el)? equilibrio',
      '(camino|ando|caminando|andando|voy|va|camina|anda) ~3 como ~2 (borracho|borracha|borrachos|mareado|mareada|pato)',
      '(camino|ando|voy) ~3 (de lado a lado|haciendo eses|en zigzag|dando tumbos)',
      'no (puedo|consigo)? (caminar|andar) ~2 (recto|derecho|en línea recta)',
      '(torpe|torpeza) ~3 (al caminar|al andar|para caminar|para andar|las piernas)',
      'ataxia',
      'atáxic*',
      '(alteración|trastorno|alteraciones) de la marcha',
      'marcha (inestable|atáxica|torpe|alterada|de base amplia|con aumento de la base)',
      'aumento de la base de sustentación',
      'romberg positivo',
    ],
    'New unsteadiness when walking: losing balance, staggering, walking as if drunk; clinical ataxia or an unsteady gait.',
  ),
  e(
    ['unsteady_walking'],
    [
      'marcha (normal|conservada|estable|sin alteraciones)',
      'deambulación (normal|conservada|autónoma)',
      'deambula ~2 (sin dificultad|con normalidad|normal)',
      'camino|ando ~1 (normal|con normalidad|sin problemas)',
      // Only at the clause's end or before "y", "pero", "sin": Mexico's "bien" is also "very" ("camino
      // bien mal", "camina bien lento y arrastra el pie", "ando bien mareado" say the opposite).
      '(camino|ando|camina|anda) (bien|perfectamente) $',
      '(camino|ando|camina|anda) (bien|perfectamente) (y|pero|sin|aunque|,)',
      'romberg negativo',
    ],
    'A normal gait, or walking normally, plainly denies unsteadiness.',
    { says: 'absent' },
  ),
];

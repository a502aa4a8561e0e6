/**
 * Legs, walking, nerves, bladder and bowel, in Spanish. One leg ("la pierna izquierda", "el pie") and
 * both ("las dos piernas", "los pies") are told apart by the words: a plural is both legs. "No puedo
 * orinar" is a warning sign stated with a negation word: the phrase carries its "no", so it is present.
 */
import type { FindingId } from '../../../contract/ids.ts';
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

const BOTH_LEG_FINDINGS: FindingId[] = ['numbness_both_legs', 'weakness_both_legs', 'leg_pain_both_legs'];

export const legsAndNerves: readonly LexEntry[] = [
  e(
    [],
    ['de pie', 'en pie', 'a pie', 'ponerme de pie', 'ponerse de pie', 'pie de la cama'],
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
    ],
    'Pain in a leg without where: unclear above or below the knee; "no me duelen las piernas" is a plain denial.',
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
    ['leg_pain_below_knee'],
    [
      '{pain} ~6 {my}? {lowerleg}',
      '{lowerleg} ~6 {pain}',
      '(baja|bajaba|irradia*|se extiende|se corre|se va|va|llega|hasta) ~6 {my}? {lowerleg}',
      '{thigh} ~4 hasta ~2 {my}? {lowerleg}',
      'ciática',
      'ciático',
      'nervio ciático',
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
      '{both} ~2 {leg}|{legs} ~6 {pain}',
      '{pain} ~6 {my}? {legs}',
      '{legs} ~6 {pain}',
    ],
    'Pain, tingling or aching in both legs; a plural ("las piernas", "los pies") is both legs.',
  ),
  e(
    ['leg_pain_worse_than_back'],
    [
      'pierna|piernas ~4 (peor|más) ~3 que ~2 {my}? espalda',
      'duele más ~2 {my}? pierna|piernas ~3 que ~2 {my}? espalda',
      'más ~2 {my}? pierna|piernas que ~2 {my}? espalda',
      'peor ~2 {my}? pierna|piernas que ~2 {my}? espalda',
    ],
    'The leg pain is worse than the back pain.',
  ),
  e(
    ['leg_pain_worse_than_back'],
    ['espalda ~4 (peor|más) ~3 que ~2 {my}? pierna|piernas'],
    'The back hurting more than the leg plainly denies leg pain worse than back pain.',
    { says: 'absent' },
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
      '(parar|paro|me paro|me detengo|detenerme|pararme|quedarme quiet*|quedarme de pie) ~6 (se pasa|se me pasa|se quita|desaparece|se va|alivia|mejora|cede)',
      '(se pasa|se me pasa|se quita|desaparece|se va|alivia|mejora|cede) ~6 (al|si) ~2 (parar|pararme|detenerme|quedarme quiet*)',
      'de pie quiet* ~4 (se pasa|se me pasa|se quita|alivia|mejora)',
    ],
    'Leg or buttock pain brought on by walking goes away within minutes of simply stopping and standing still.',
    {
      requires: [
        'leg_pain_above_knee',
        'leg_pain_below_knee',
        'leg_pain_both_legs',
        'pain_buttock',
        'calf_cramp_walking',
      ],
    },
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
    { requires: ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs', 'pain_buttock'] },
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
    { requires: ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs', 'pain_buttock'] },
  ),
  e(
    ['no_pain_seated'],
    [
      'sentad* ~4 (no me duele|no me duele nada|no duele|ni me duele|estoy bien|sin dolor|no tengo dolor|desaparece|se va)',
      '(no me duele|no duele|no tengo dolor|sin dolor|estoy bien) ~4 sentad*',
      'cuando me siento ~4 (nada|no me duele|desaparece|se va|estoy bien)',
    ],
    'There is no leg or back pain at all when sitting.',
    {
      overrides: ['pain_worse_movement'],
      requires: ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs', 'pain_buttock'],
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
      'pie|pies ~4 (frío|fríos|fría|pálido|pálidos|morado|morados|azulado|azulados)',
      'heridas|llagas|úlceras ~4 (no cierran|no se curan|que no curan)',
      'úlcera ~3 (pie|pierna)',
    ],
    'A foot that is cold, pale or bluish, or sores on the foot or leg that do not heal.',
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
    ],
    'Burning or aching pain in the foot at rest, eased by hanging the leg down.',
  ),
  e(
    ['calf_swollen_red_one_side'],
    [
      '(pantorrilla|gemelo|pierna|tobillo) ~4 (hinchad*|inflamad*|roja|rojo|enrojecid*|caliente)',
      '(hinchad*|inflamad*|roja|rojo|enrojecid*|caliente) ~4 (pantorrilla|gemelo|pierna)',
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
      '(noche|por la noche|de noche|en la cama) ~6 calambre|calambres|rampa|rampas',
      'calambre|calambres ~3 (pantorrilla|pantorrillas|gemelo|gemelos|pie|pies|muslo)',
    ],
    'Sudden painful cramps in the calf, foot or thigh at night or at rest.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'] },
  ),
  e(
    ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'],
    ['{numb}'],
    'Numbness or tingling without where is unclear; "sin hormigueo" plainly denies it everywhere.',
    { says: 'vague' },
  ),
  e(
    ['numbness_one_leg'],
    ['{numb} ~5 {my}? {leg}', '{leg} ~5 {numb}', 'no siento ~2 {my}? {leg}', 'no noto ~2 {my}? {leg}'],
    'Numbness, tingling or pins and needles in one leg or foot.',
  ),
  e(
    ['numbness_both_legs'],
    [
      '{numb} ~5 {both}? {my}? {legs}',
      '{legs} ~5 {numb}',
      '{numb} ~5 {both} ~2 {leg}',
      'no siento ~2 {my}? {legs}',
      'no noto ~2 {my}? {legs}',
    ],
    'Numbness, tingling or pins and needles in both legs or feet.',
    { alsoDenies: ['numbness_one_leg'], overrides: ['numbness_one_leg'] },
  ),
  e(
    ['saddle_numbness'],
    [
      '{numb} ~5 {saddle}',
      '{saddle} ~6 {numb}',
      'no siento|noto ~3 {saddle}',
      'anestesia en silla de montar',
      'al limpiarme ~6 (raro|distinto|diferente|no siento|no noto|dormid*|adormecid*)',
      '(raro|distinto|diferente|no siento|no noto) ~6 al limpiarme',
      'papel higiénico ~4 (raro|distinto|no lo siento|no lo noto)',
    ],
    'Numbness or tingling around the genitals, back passage, buttocks or inner thighs, or a changed feeling when wiping.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
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
      'se me va ~2 {my}? pierna',
      'tropiezo ~2 (a menudo|mucho|todo el rato)',
      'no puedo ~3 (ponerme de puntillas|andar de puntillas|andar de talones|apoyar el pie)',
    ],
    'Weakness in one leg or foot: tripping, the foot dragging, unable to stand on heel or toes.',
  ),
  e(
    ['weakness_both_legs'],
    [
      '{weak} ~4 {both}? {my}? {legs}',
      '{legs} ~5 {weak}',
      'piernas ~3 (no me sostienen|no me aguantan|fallan|me fallan|de gelatina|de trapo|flojas)',
      'no puedo ~2 mover ~2 {my}? piernas',
      'parálisis',
      'paralizad*',
    ],
    'Weakness in both legs.',
    { alsoDenies: ['weakness_one_leg'], overrides: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_progressing'],
    [
      'cada vez más ~2 (débil|débiles|dormida|dormidas|entumecida|entumecidas|flojas)',
      '(debilidad|entumecimiento|hormigueo|adormecimiento) ~4 (va a más|aumenta|empeora|se extiende|sube)',
      'se me extiende ~3 (entumecimiento|hormigueo)',
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
      'ir al baño ~3 (normal|bien|sin problemas)',
      '(orina|orinar|orino|pis|pipí) ~2 (y|ni|o) ~2 (heces|caca|deposiciones|hacer de vientre)',
    ],
    'The bladder and bowels ("los esfínteres", "ir al baño") said to be fine plainly deny trouble passing urine and loss of control.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention'],
    [
      '{unable} ~2 {pee}',
      '{unable} ~3 (empezar|iniciar) ~3 {pee}',
      'chorro ~3 (débil|flojo|lento|fino)',
      'goteo',
      'retención de orina',
      'retención urinaria',
      'vejiga ~3 (llena|sigue llena|no se vacía)',
      'no se me vacía ~2 vejiga',
      'vaciado incompleto',
      'no he orinado ~4 (desde|en todo el día|en horas|hace)',
      'no he hecho pis ~4 (desde|en todo el día|en horas|hace)',
      'no orino ~3 (desde|nada)',
      'sin orinar ~4 (desde|horas|todo el día)',
    ],
    'New difficulty starting to pee, a weak stream, a bladder that still feels full, or being unable to pee ("no puedo orinar").',
  ),
  e(
    ['incontinence'],
    [
      'me hice pis|pipí|caca ~2 encima',
      '(hecho|hice|hizo|hace|hago) pis|pipí|caca encima',
      'me orin* ~2 encima',
      'me meé|meo ~2 encima',
      'se me escapa|escapó|escapa ~3 (la orina|el pis|el pipí|la caca|las heces)',
      'escapes de orina',
      'pérdida* ~2 de orina',
      '(perdí|he perdido|pierdo|pérdida de) ~2 (el control|control) ~3 (de la vejiga|de esfínteres|del intestino|de la orina)',
      'no puedo ~2 (aguantar|retener|controlar) ~3 (la orina|el pis|el pipí|las ganas|la caca|las heces)',
      'no controlo ~3 (la orina|el pis|la vejiga|esfínteres)',
      'incontinencia*',
      'no noto|siento ~4 (ganas de orinar|cuando tengo ganas|que tengo la vejiga llena|la vejiga llena)',
      'mojé la cama',
      'me mojé',
    ],
    'New loss of bladder or bowel control, or not knowing whether the bladder is full.',
  ),
  e(
    ['sexual_dysfunction_new'],
    [
      '{unable} ~3 (tener|mantener|conseguir) ~2 (una erección|erección|erecciones)',
      'erección|erecciones ~3 (problemas|dificultad|no)',
      'problemas de erección',
      'disfunción eréctil',
      'impotencia',
      '{unable} ~2 eyacular',
      '(no siento|no noto) ~3 (nada|igual) ~3 (relaciones|sexo)',
      '(pérdida de|sin|menos) ~2 sensibilidad ~4 (relaciones|sexo|genitales)',
    ],
    'New loss of sexual sensation, or new erection or ejaculation problems.',
  ),
];

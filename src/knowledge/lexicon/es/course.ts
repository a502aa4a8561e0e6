/**
 * How and when it started, and how it is going, in Spanish.
 */
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const course: readonly LexEntry[] = [
  e(
    [],
    [
      'calambre|calambres|rampa ~2 repentino|repentinos|súbito|súbitos|brusco',
      'repentin*|súbit* ~2 calambre*',
    ],
    'A "sudden cramp" in a calf describes the cramp, not how the back pain began.',
    { overrides: ['onset_sudden'] },
  ),
  e(
    ['onset_sudden'],
    [
      'de repente',
      'de golpe',
      'repentin*',
      'súbit*',
      'brusc*',
      'de pronto',
      'en seco',
      'inmediatamente',
      'al instante',
      'en el momento',
      'en ese momento',
      'en ese instante',
      'de un momento a otro',
      'noté un chasquido|crujido|latigazo',
      'sentí|noté ~3 (un chasquido|un crujido|un tirón|un jalón|un latigazo|algo que se rompía|que se rompía|un pinchazo)',
      'hizo crac',
      // The sound of it, ending the sentence: "me agaché y crack".
      'y (crac|crack|crash|clac) $',
      '{went}',
      'me quedé ~2 (bloquead*|trabad*|doblad*|encorvad*|tiesa|tieso)',
      'empezó|comenzó|apareció ~3 de repente|bruscamente|súbitamente',
      'inicio brusco|súbito',
      'hace #c hora|horas|minutos ~6 (empezó|comenzó|me dio|apareció)',
    ],
    'It started suddenly, within minutes ("de repente", "de golpe", "noté un tirón").',
  ),
  e(
    ['onset_sudden'],
    [
      'poco a poco',
      'gradualmente',
      'progresivamente',
      'de forma gradual|progresiva',
      'fue apareciendo',
      'se fue instaurando',
      'inicio gradual|insidioso|progresivo',
      'a lo largo de ~2 días|semanas',
    ],
    'A gradual start plainly is not a sudden one.',
    { says: 'absent' },
  ),
  e(
    [],
    [
      '(me levanté|se levantó|me he levantado|se ha levantado|me desperté|se despertó|me he despertado|amanecí|amaneció|he amanecido) ~3 con',
    ],
    'Waking or getting up "with" the pain ("se levantó hoy con un dolor fortísimo") says when it was found, not that moving brings it on.',
    { overrides: ['pain_worse_movement', 'onset_lifting_twisting'] },
  ),
  e(
    [],
    [
      'seguí|sigo|siguió ~2 con',
      'levantarme de la cama',
      '(levantar|levantarse|levantarla|levantarlo) de la cama',
      'me levanto',
      'al levantarme',
      'levantarme por la mañana',
      // The reflexive past is getting up, not lifting: "me levanté con dolor de espalda".
      '(me levanté|se levantó|me he levantado|se ha levantado|te levantaste|nos levantamos)',
    ],
    '"Levantarme" is getting up, not lifting; "seguí con" is carrying on.',
    { overrides: ['onset_lifting_twisting'] },
  ),
  e(
    ['onset_lifting_twisting'],
    [
      '(levantar|levantando|levanté|levantaba|cargar|cargando|cargué|cargaba|subir|subiendo|subí|mover|moviendo|moví|empujar|empujando|empujé|arrastrar|arrastrando|arrastré|mudar|mudanza|coger|cogiendo|cogí|agarrar|agarrando|agarré|alzar|alzando|alcé) ~4 {heavything}',
      '{heavything} ~4 (levantar|levantando|levanté|cargar|cargando|cargué|subir|mover|moví|empujar|coger|cogí)',
      '(al|tras|después de|mientras) ~2 (levantar|cargar|agacharme|coger|recoger|girarme|torcerme|doblarme|empujar)',
      'levantando|levanté|cargando|cargué|alzando|alcé',
      '(agachándome|me agaché|me agachaba|al agacharme)',
      'recogiendo|recogí ~3 (algo|del suelo|la ropa|al niño|a la niña|una caja)',
      '(girando|giré|me giré|me torcí|torciendo|mal movimiento|mal gesto|gesto brusco|movimiento brusco|postura forzada)',
      'mudanza',
      // Moving house: "desde que me mudé", "nos mudamos de casa".
      '(me mudé|nos mudamos|mudándome|mudándonos|mudarme|mudarnos|me cambié de casa|nos cambiamos de casa)',
      '(trabajando|trabajé|haciendo|hice|estar|estuve|estando|estaba|pasé) ~5 (jardín|jardinería|huerto)',
      '(tras|después de|después del) (un|el)? (esfuerzo|esfuerzos)',
      'cavando|cavé|paleando|paleé|palear|pala',
      'bricolaje',
      '(pasando|pasé|pasar) ~2 (la aspiradora|la mopa|el aspirador)',
      'aspirando',
      'quitando|quité ~3 nieve',
      'de tanto ~2 (girar|torcer|agacharme|cargar|levantar|doblarme)',
      'pintando|pinté|obra|obras|reformas',
      'haciendo fuerza',
      'hice fuerza',
      'sobreesfuerzo',
      // A deadlift is a lift: "me duele por el peso muerto".
      '(por|con|haciendo|hice|en) el? peso muerto',
      // A set of deadlifts: "en el wod de peso muerto", "una serie de peso muerto".
      '(wod|serie|series|rutina|sesión|entreno|día) de peso muerto',
      'esfuerzo ~2 (físico|grande|fuerte)',
    ],
    'It started while or after lifting, carrying, bending, twisting, or unaccustomed work (gardening, moving house, building work).',
  ),
  e(
    ['onset_lifting_twisting'],
    [
      '(no hice|no he hecho|no hizo|no ha hecho|sin hacer) (ninguna|ningún|nada de)? (fuerza|esfuerzo)',
      '(no cargué|no levanté|no he cargado|no he levantado|no cargó|no levantó) (nada|ningún peso|peso)',
    ],
    'A plain "no hice ninguna fuerza" (no straining, no lifting) denies the lifting start; its "no" is its own.',
    { says: 'absent', negated: 'none', overrides: ['onset_lifting_twisting'] },
  ),
  e(
    [],
    [
      '(mejora|mejoro|alivia|ayuda|mejor) ~8 (gimnasio|gym|ejercicio|deporte|moverme|muevo|caminar|nadar|natación)',
      '(gimnasio|gym|ejercicio|deporte|natación) ~6 (mejora|alivia|ayuda|mejor)',
      '(se me quita|se quita|se me pasa|se pasa|se me alivia|se alivia|mejora|mejoro) ~2 (haciendo ejercicio|haciendo deporte|entrenando|moviéndome|caminando)',
      // Carrying on training says nothing of how it began: "sigue entrenando".
      '(sigo|sigue|seguimos|siguen|puedo|puede|sigo yendo|sigue yendo) ~2 (entrenando|entrenar|jugando|jugar|al gimnasio|al gym)',
    ],
    'Exercise that makes the pain better does not say how the pain began.',
    { overrides: ['onset_during_exercise'] },
  ),
  e(
    ['onset_during_exercise'],
    [
      'gimnasio',
      'gym',
      'entrenando',
      'entrenamiento',
      'entrené',
      'haciendo deporte',
      'jugando al|a ~2 (fútbol|futbol|pádel|padel|tenis|baloncesto|básquet)',
      'jugando fútbol|futbol|pádel|tenis|basket|básquet',
      'partido',
      'corriendo',
      'salí a correr',
      'crossfit',
      // A race: "hice maratón el domingo", "una media maratón".
      'maratón',
      'maraton',
      'pesas',
      'sentadillas',
      'peso muerto',
      'haciendo ejercicio',
      'clase de ~2 (yoga|pilates|spinning|zumba)',
    ],
    'It started during, or just after, exercise or sport.',
  ),
  e(
    ['onset_major_trauma'],
    [
      'accidente ~3 (coche|tráfico|moto|carro|auto)',
      'accidente de tráfico',
      // Spain's colloquial crash: "me pegué un castañazo con la moto", "una hostia con el coche".
      '(castañazo|hostia|ostia|leñazo|piñazo|trompazo|porrazo|golpazo|madrazo|chingadazo) ~3 (moto|coche|carro|auto|camión|bici|bicicleta)',
      'choque',
      'choqué',
      // Hit by another vehicle: "me chocaron por detrás", "lo arrolló un coche".
      // The plural is the other driver ("me chocaron"); the singular only with the vehicle or the way it
      // hit: a bare "me chocó" is also "it shocked me" ("me chocó lo que me dijo el médico"), and "me
      // chocó un carrito" is a shopping trolley.
      '(me|nos|le|lo|la|les) (chocaron|embistieron)',
      '(me|nos|le|lo|la|les) (chocó|embistió) ~5 (coche|carro|auto|camión|camioneta|moto|bus|autobús|micro|taxi|colectivo|tráiler|furgoneta|por detrás|por atrás|de frente|de lado|en la carretera|en la autopista)',
      '(coche|carro|auto|camión|camioneta|moto|bus|autobús|micro|taxi|colectivo|tráiler|furgoneta) ~3 (me|nos|le|lo|la|les) (chocó|chocaron|embistió|arrolló)',
      '(me|nos|le|lo|la|les) (arrollaron|arrolló)',
      'atropell*',
      '(caí|caída|me caí) ~4 (escalera de mano|andamio|tejado|techo|árbol|caballo|varios metros|un segundo piso)',
      // A height, but not "caída desde su propia altura" (from standing), a minor fall.
      '(caí|caída|me caí) ~2 (una|gran|mucha|cierta|bastante) altura',
      'caída de altura',
      'golpe fuerte ~3 espalda',
      // As the English lexicon: a fall down the stairs or from a height of metres is a serious accident.
      '(caí|caída|me caí|me he caído|se cayó|se ha caído|cayéndome) ~2 (por las escaleras|escaleras abajo|rodando)',
      '(caí|caída|me caí|me he caído|se cayó|se ha caído) ~6 # metros',
      // Off a motorbike, as the English lexicon reads "fell off a motorbike".
      '(caí|caída|me caí|me he caído|se cayó|se ha caído|se cae|me tiró|lo tiró) (de|desde) (la|una|mi|su) (moto|motocicleta|motoneta)',
    ],
    'It started after a serious accident: a road crash, a fall from a height, a heavy blow; its fall is not also a minor fall.',
    { implies: ['onset_sudden'], overrides: ['onset_minor_fall'] },
  ),
  e(
    ['onset_major_trauma', 'onset_minor_fall'],
    ['traumatismo', 'antecedente traumático', 'antecedentes traumáticos', 'traumatismo previo'],
    'A note\'s "no traumatismo previo" plainly denies an injury; a bare mention says too little.',
    { says: 'vague' },
  ),
  e(
    ['onset_minor_fall'],
    [
      '(caí|caída|me caí|se cayó|cayó|caerse|caerme) (desde|de) (su|mi) (propia)? (altura|estatura)',
      '(caí|caída|me caí|se cayó|cayó|caerse|caerme) (desde|de) (la)? (propia)? (bipedestación|posición de pie)',
      'caída ~1 (bipedestación|desde bipedestación|casual|accidental)',
    ],
    'A note\'s "caída desde su propia altura" (from standing height) is a minor fall, not a fall from a height.',
    { implies: ['onset_sudden'], overrides: ['onset_major_trauma'] },
  ),
  e(
    ['onset_minor_fall'],
    [
      'me caí',
      'me he caído',
      'se cayó',
      // The perfect and present said of a parent: "se ha caído", "se cae a menudo".
      'se ha caído',
      'se cae',
      'me caigo',
      'caída',
      'tropecé',
      'tropezó',
      'me tropecé',
      'resbalé',
      'me resbalé',
      'se resbaló',
      'caí de culo|sentad*|espaldas',
      'me fui al suelo',
    ],
    'It started after a minor fall, a trip, or a fall from standing; a fall is a sudden start unless said otherwise.',
    { implies: ['onset_sudden'] },
  ),
  e(
    ['recurrent_episodes'],
    [
      'otra vez',
      'de nuevo',
      'como otras veces',
      'ya me ha pasado',
      'ya me había pasado',
      'me ha pasado antes',
      'me pasa ~3 (cada|a veces|de vez en cuando|varias veces|una o dos veces)',
      'me pasa ~2 cada',
      'cada ~2 (año|años|meses|invierno|verano|poco)',
      'episodios ~3 (anteriores|previos|similares)',
      '(años|hace años) ~6 (va y viene|a rachas|a temporadas|intermitente)',
      '(va y viene|a rachas|a temporadas) ~4 (años|desde hace años)',
      'esta vez',
      'no es la primera vez',
      'veces antes',
      'recurrente',
      'recidiv*',
      'crisis ~2 previas|anteriores',
      'lo mismo que ~3 (antes|la otra vez|el año pasado)',
      'suele pasar|pasarme',
      'se me suele',
      'me vuelve a',
      'ha vuelto',
      // "Igual que siempre", "lo de siempre": the same as every other time.
      'igual que siempre',
      'lo de siempre',
      'lo mismo de siempre',
      'como todas las veces',
      // "Ya me pasó hace dos años": it happened before.
      'ya me pasó',
      'ya me había dado',
      'ya me dio ~3 (antes|otra vez|hace)',
    ],
    'Similar episodes have happened before and settled.',
  ),
  e(
    ['recurrent_episodes'],
    [
      'primera vez',
      'nunca me había pasado',
      'nunca antes',
      'nunca había tenido',
      // "Nunca he tenido esto antes", "nunca me ha pasado algo así".
      // Not "nunca he tenido este dolor tan fuerte", which may be a worse bout of an old pain.
      'nunca (he|ha) tenido (esto|algo así|algo parecido|nada así|nada parecido)',
      'nunca me (ha|había) (pasado|dado) (esto|algo así|algo parecido|nada así)',
    ],
    'A first episode plainly is not a recurrence.',
    { says: 'absent', negated: 'none' },
  ),
  e(
    ['getting_worse'],
    [
      // "Cada vez estoy peor", "cada día me duele peor": a verb may stand between.
      'cada vez|día ~2 peor',
      // "Cada vez me duele más".
      '(cada vez|cada día) (me|le|te)? (duele|duelen|molesta|molestan) más',
      'peor cada día|vez',
      'va a peor',
      'voy a peor',
      'van a peor',
      'ha ido a peor',
      'está empeorando',
      'empeorando',
      'ha empeorado',
      'empeora ~2 cada día',
      'más fuerte cada día',
      'peor que ~2 (ayer|antes|al principio|la semana pasada)',
      // "El dolor está mucho peor", "se ha puesto peor": worse now, at the end of the clause.
      '(está|estoy|se ha puesto|se puso|me he puesto|se está poniendo) (mucho|bastante|muchísimo|cada vez)? peor $',
      // A note's "dolor progresivo" (not "de inicio progresivo", a gradual start).
      '{ache} ~3 (progresivo|progresiva)',
      'empeoramiento progresivo',
      // "Va en aumento", "va a más", "cada vez más fuerte".
      '(va|van|ha ido|está yendo|sigue) (en aumento|a más)',
      'cada vez más (fuerte|intenso|intensa|fuertes|intensos)',
    ],
    'The pain or other symptoms are getting worse over days.',
    { overrides: ['improving'] },
  ),
  e(
    [],
    ['inicio|comienzo|instauración (progresivo|progresiva|gradual|insidioso)'],
    'A gradual start ("de inicio progresivo") says how it began, not that it is getting worse.',
    { overrides: ['getting_worse'] },
  ),
  e(
    [],
    [
      '(no puedo|no puede|no podía|no pude) (ni)? (cargar|levantar|alzar) ~3 (nada|peso|pesos|cosas|a mi|al|a la|el|la)',
    ],
    '"No puedo ni cargar a mi bebé" says what the pain stops, not how it began: no lifting start, and no denial of one.',
    { overrides: ['onset_lifting_twisting'] },
  ),
  e(
    ['improving'],
    [
      'cada vez mejor',
      // "Cada día me duele menos".
      '(cada vez|cada día) (me|le|te)? (duele|duelen|molesta|molestan) menos',
      'cada día mejor',
      'va a mejor',
      'ha ido a mejor',
      'está mejorando',
      'mejorando',
      'ha mejorado',
      'he mejorado',
      'mejor que ~2 (ayer|antes|al principio|la semana pasada)',
      'menos que ~2 (ayer|antes|al principio)',
      'poco a poco ~3 mejor',
      '(empezando|empieza|empezó|ha empezado) a (mejorar|ceder|remitir)',
      'cada (día|vez) ~3 (un poco|algo)? mejor',
    ],
    'The pain is clearly getting better day by day.',
  ),
  e(
    ['getting_worse', 'improving'],
    [
      'ni mejor ni peor',
      'ni mejora ni empeora',
      'ni peor ni mejor',
      '(sigo|sigue|está|estoy) (igual|igualito) $',
      '(sigo|sigue|está|estoy) (igual|igualito) (que|de) (siempre|antes|ayer) $',
    ],
    'The same as before ("ni mejor ni peor", "sigo igual") is plainly neither getting worse nor better.',
    { says: 'absent', negated: 'none', overrides: ['getting_worse', 'improving'] },
  ),
  e(
    ['improving'],
    ['ya puedo'],
    '"Ya puedo" (I can again) says it is getting better; a "bien" after it ("ya puedo orinar bien") is no denial.',
    { negated: 'none' },
  ),
  e(
    ['stops_daily_activities'],
    [
      // Any "can't" ("no pude ir a trabajar por el lumbago"), so its "no" never denies the cause after it.
      '{unable} ~3 (trabajar|ir a trabajar|ir al trabajo|hacer nada|hacer vida normal|vestirme|ducharme|cuidar|salir de casa|hacer las tareas|hacer mis cosas)',
      'baja laboral',
      'de baja',
      'he faltado al trabajo',
      'falté al trabajo',
      // Spain's sick leave: "tuve que pedir la baja", "estoy de baja" (never "la espalda baja").
      '(pedir|pedí|he pedido|cogí|he cogido|me dieron|me han dado|me dio|me ha dado) la baja',
      'estoy de baja',
      'no he podido ~3 (trabajar|ir a trabajar|ir al trabajo)',
      'me impide ~3 (trabajar|hacer)',
      'no he ido a trabajar',
      // The housework of Latin America and Spain: "ya no puedo hacer los quehaceres de la casa".
      '{unable} ~3 (los|mis|las)? (quehaceres|labores|oficios|tareas) (de la casa|del hogar|de casa)?',
      // Pain that "won't let me" get up or work: "no me deja ni levantarme de la cama".
      // "No se puede levantar de la cama del dolor": kept in bed by it.
      '(no|ni) (me|se|le)? (puedo|puede|podía|pude|pudo) (ni)? (levantar|levantarme|levantarse) de la cama',
      'no (me|le|lo|la) deja|dejaba (ni)? (levantarme|levantarse|levantarme de la cama|levantarse de la cama|trabajar|hacer nada|caminar|andar|moverme|moverse|vestirme|vestirse)',
    ],
    'The pain stops the person doing usual daily activities or work.',
  ),
  e(
    ['stops_daily_activities', 'recent_immobility_or_hospital'],
    ['en cama', 'postrado', 'postrada', 'encamado', 'encamada', 'sin poder salir de la cama'],
    'Stuck in bed: the pain stops daily life, and days in bed are immobility.',
  ),
  e(
    ['struggling_to_cope'],
    [
      'no puedo más',
      'no aguanto',
      'no lo aguanto',
      'insoportable',
      'desesperad*',
      'no sé qué hacer',
      'estoy muy preocupad*',
      'muy asustad*',
      // "Estoy asustada", "tengo mucho miedo": as the English "I'm scared".
      '(estoy|está|me siento|se siente|ando) (muy|bien|re)? (asustad*|aterrad*|asustadísim*)',
      'tengo (mucho)? miedo',
      // "Me da miedo que sea algo malo".
      '(me|le) da (mucho)? miedo',
      'angustiad*',
      // Spain's "agobiado" (overwhelmed), "me tiene frito/desesperado", "no puedo con este dolor".
      'agobiad*',
      'me tiene (loco|loca|frito|frita|desesperado|desesperada|harto|harta|mal)',
      'no puedo con (este|el) dolor',
      'me está superando',
      'no lo soporto',
      'llorando',
      'lloro',
    ],
    'Struggling to cope with the pain, or very worried about it.',
  ),
  e(
    ['morning_stiffness_long'],
    [
      'mañana* && (rígid*|rigidez|entumecid*|agarrotad*|tiesa|tieso|duro|dura|soltarme|desentumecerme|arrancar) && #c hora|horas',
    ],
    'Morning stiffness lasting an hour or more is longer than 30 minutes.',
    { number: { present: { gte: 0.5 }, absent: { lt: 0.5 } } },
  ),
  e(
    ['morning_stiffness_long'],
    [
      '(me levanto|al levantarme|me despierto|al despertarme|amanezco|se levanta|amanece) && (rígid*|rigidez|entumecid*|agarrotad*|tiesa|tieso|soltarme|desentumecerme|arrancar) && #c hora|horas',
    ],
    'Getting up stiff ("me levanto con la espalda rígida, tardo una hora en soltarme") is the morning: an hour or more is longer than 30 minutes.',
    { number: { present: { gte: 0.5 }, absent: { lt: 0.5 } } },
  ),
  e(
    ['morning_stiffness_long'],
    ['mañana* && (rígid*|rigidez|entumecid*|agarrotad*|tiesa|tieso) && #c minutos|min'],
    'Morning stiffness of more than 30 minutes counts; a few minutes does not.',
    { number: { present: { gt: 30 }, absent: { lte: 30 } } },
  ),
  e(
    ['morning_stiffness_long'],
    ['rigidez matutina', 'rígid* ~6 mañana*', 'mañana* ~6 rígid*|rigidez|tiesa|tieso|agarrotad*'],
    'Stiffness in the morning without how long is unclear; "no tengo rigidez por la mañana" is a plain denial.',
    { says: 'vague' },
  ),
  e(
    ['better_exercise_not_rest'],
    [
      '(mejora|mejor|alivia|ayuda) ~6 (ejercicio|moverme|muevo|caminar|actividad|en movimiento|gimnasio|deporte) && (reposo|descanso|descansar|quieto|quieta) ~3 (no|empeora|peor)',
      '(mejora|mejor|alivia) ~6 (ejercicio|moverme|caminar|actividad) && (no|nunca) ~3 (mejora|alivia|ayuda) ~3 (reposo|descanso|descansar)',
      'mejora con el ejercicio y no con el reposo',
      // The exercise first: "con el deporte mejoro, descansar no me sirve de nada".
      '(ejercicio|deporte|moverme|caminar|gimnasio|actividad) ~3 (mejora|mejoro|mejoré|me alivia|alivia|se me pasa|se me quita) && (reposo|descanso|descansar) ~3 (no|empeora|peor)',
      // "Se me quita haciendo ejercicio, pero descansar no me sirve".
      '(se me quita|se quita|se me pasa|se pasa|se me alivia|mejora|mejoro) ~2 (haciendo ejercicio|haciendo deporte|moviéndome|caminando|en movimiento) && (descansar|reposo|descanso|el reposo|el descanso) ~2 (no me sirve|no sirve|no me ayuda|no ayuda|no me alivia|no alivia|no lo mejora|no mejora|empeora|peor)',
    ],
    'The back pain improves with exercise or moving about but not with rest (inflammatory back pain).',
  ),
  e(
    ['wakes_second_half_night'],
    [
      '(me despierta|me despierto|me despertó|despertarme) ~6 (las|la) # ~3 (de la madrugada|de la mañana|am)? && {ache}',
      '(me despierta|me despierto|me despertó) ~6 madrugada && {ache}',
      'madrugada ~6 {ache} ~6 (levantarme|me levanto|al levantarme)',
      'segunda mitad de la noche',
    ],
    'Back pain that wakes the person in the early hours ("de madrugada"), the second half of the night, and eases on getting up.',
    { implies: ['night_pain'] },
  ),
];

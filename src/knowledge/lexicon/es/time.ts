/**
 * Spanish time expressions ("desde el martes", "hace tres semanas", "desde hace un mes", "lleva dos
 * días", clinical "de 3 días de evolución") and pain scores ("7/10", "un 8", "siete de diez",
 * "EVA 6").
 */
import type { SeverityRule, TimeWords } from '../types.ts';

export const time: TimeWords = {
  units: {
    día: 1,
    días: 1,
    semana: 7,
    semanas: 7,
    quincena: 14,
    quincenas: 14,
    semanita: 7,
    semanitas: 7,
    diita: 1,
    diitas: 1,
    mesecito: 30,
    mesecitos: 30,
    mes: 30,
    meses: 30,
    año: 365,
    años: 365,
    noche: 1,
    noches: 1,
    hora: 0,
    horas: 0,
    minuto: 0,
    minutos: 0,
    min: 0,
  },
  unitMinutes: { minuto: 1, minutos: 1, min: 1, hora: 60, horas: 60 },
  relativeDays: {
    ayer: 1,
    anoche: 1,
    'ayer por la mañana': 1,
    'ayer por la tarde': 1,
    'ayer por la noche': 1,
    'ayer en la mañana': 1,
    'ayer en la tarde': 1,
    'ayer en la noche': 1,
    // The night before last.
    antenoche: 2,
    anteayer: 2,
    'el otro día': 2,
    'esta mañana': 0,
    'esta tarde': 0,
    'esta noche': 0,
    'hoy por la mañana': 0,
    'hoy en la mañana': 0,
    hoy: 0,
    'desde hoy': 0,
    'hace un rato': 0,
    // Earlier today: "hace media hora", "desde la tarde", "esta madrugada".
    'hace media hora': 0,
    'hace un ratito': 0,
    'desde la mañana': 0,
    'desde la tarde': 0,
    'desde el mediodía': 0,
    'esta madrugada': 0,
    'desde esta madrugada': 0,
    'la semana pasada': 7,
    'el mes pasado': 30,
    'hace una semana': 7,
    'hace un mes': 30,
    'hace un año': 365,
    'hace un día': 1,
    'desde ayer': 1,
    'desde anoche': 1,
    'desde anteayer': 2,
    'toda la semana': 7,
    'todo el mes': 30,
  },
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre|setiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  rules: [
    {
      kind: 'ago',
      patterns: [
        'hace {timequal}? #c {unit}',
        'hace {timequal}? #c o #c {unit}',
        'hace {timequal}? #c a #c {unit}',
      ],
    },
    {
      kind: 'for',
      patterns: [
        'desde hace {timequal}? #c {unit}',
        'desde hace {timequal}? #c o #c {unit}',
        'durante {timequal}? #c {unit}',
        'por {timequal}? #c {unit}',
        'en los|las? últimos|últimas #c {unit}',
        '(llevo|lleva|llevamos|ya llevo|ya lleva) {timequal}? #c {unit}',
        '(llevo|lleva|llevamos) (así|con esto|con este dolor|con el dolor|con dolor) {timequal}? #c {unit}',
        '#c {unit} de evolución',
        // A note's "lumbociatalgia derecha de 2 semanas", "dolor lumbar de 3 días".
        '(lumbalgia|lumbociatalgia|lumbociática|dorsalgia|ciática|ciatalgia|dolor|dolores|molestias|cuadro|lumbago) ~2 de #c {unit}',
        // Not years: "paciente de 45 años que consulta", "varón de 60 años con lumbalgia" is an age.
        '#c {shortunit} con|así|que',
        '(tengo|tiene|llevo|lleva|hace) #c año|años con|así|que',
        '(dura|durando|ha durado|lleva durando) {timequal}? #c {unit}',
        'x #c {unit}',
        'hace #c {unit} que',
      ],
    },
    {
      kind: 'weekday',
      patterns: [
        '(desde el|el|el pasado|desde el pasado|el último) {weekday}',
        '{weekday} pasado',
        '{weekday} por la {partofday}',
        'el fin de semana',
        'este fin de semana',
        'el finde',
      ],
    },
    {
      kind: 'date',
      patterns: [
        'desde|el # de {month}',
        'desde el # de {month}',
        '# de {month} de? #?',
        // "Desde octubre", "desde principios de noviembre": a month alone, as the English "since October".
        'desde (principios de|comienzos de|primeros de|mediados de|finales de|fines de)? {month} (de)? #?',
      ],
    },
    // "Me operaron en 2019", "en octubre": when something happened, never how long the episode lasted.
    { kind: 'event', patterns: ['(en|durante) {month} (de)? #?', '(en|durante) (el)? (año)? #'] },
    {
      kind: 'vague',
      unitDays: 730,
      patterns: [
        'desde hace años',
        'durante años',
        'hace años que',
        // "Hace años me operaron": long ago, never the last month.
        'hace años',
        'muchos años',
        'varios años',
        'de toda la vida',
        'llevo|lleva años',
      ],
    },
    {
      kind: 'vague',
      unitDays: 365,
      patterns: ['desde hace mucho', 'mucho tiempo', 'hace tiempo', 'largo plazo'],
    },
    { kind: 'vague', unitDays: 90, patterns: ['desde hace meses', 'durante meses', 'hace meses'] },
    { kind: 'vague', unitDays: 14, patterns: ['desde hace semanas', 'durante semanas'] },
  ],
};

export const severity: readonly SeverityRule[] = [
  {
    patterns: [
      '# / 10',
      '# #? / 10',
      '# de 10|diez',
      '# sobre 10|diez',
      '# o|a # de|sobre 10|diez',
      '# o|a # / 10',
      '# en una escala de ~3 10|diez',
      'un|una # $',
      'un|una # o|a # $',
      'un|una # cuando|ahora|hoy|ayer|al|y|pero|o|en|si|con|por|durante|después|antes|moviéndome',
      // Run-on texting with no stop after the score: "me duele bien feo como un 7 no tengo hormigueo".
      'un|una # (no|tengo|ya|me|la verdad)',
      'dolor|escala|eva|vas|ena|nivel|puntuación|intensidad de? un? # $',
      // "El dolor es de 6-7", "el dolor está en 8".
      'dolor (es|está) (de|en|como) (un|una)? # $',
      'dolor (es|está) (de|en|como) (un|una)? # o|a|y|- # $',
      'intensidad del dolor de? un? # $',
      // A note's "EVA: 7", "EVN 5".
      '(eva|evn|ena|vas) :? #',
      'le doy|daría|pongo|pondría un|una? #',
      // "Le puse un 9 de dolor", "le pondría un 8".
      '(puse|puso|pusiera|pondría|daría|di|dio) un|una? # (de dolor)?',
      'lo puntúo|puntuaría con? un|una? #',
    ],
  },
  {
    value: 0,
    patterns: ['sin dolor ahora', 'sin dolor en este momento', 'ya no me duele', 'ahora no me duele'],
  },
];

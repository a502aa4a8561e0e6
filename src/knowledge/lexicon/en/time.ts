/**
 * English time expressions and pain scores.
 */
import type { SeverityRule, TimeWords } from '../types.ts';

export const time: TimeWords = {
  units: {
    day: 1,
    days: 1,
    // A note's "x 10d", "3d hx".
    d: 1,
    week: 7,
    weeks: 7,
    fortnight: 14,
    fortnights: 14,
    month: 30,
    months: 30,
    year: 365,
    years: 365,
    night: 1,
    nights: 1,
    hour: 0,
    hours: 0,
    minute: 0,
    minutes: 0,
    min: 0,
  },
  unitMinutes: { minute: 1, minutes: 1, min: 1, hour: 60, hours: 60 },
  relativeDays: {
    yesterday: 1,
    'last night': 1,
    'yesterday morning': 1,
    'yesterday afternoon': 1,
    'yesterday evening': 1,
    'the day before yesterday': 2,
    'day before yesterday': 2,
    // "The night before last I slipped": two nights ago; "the week before last": a fortnight.
    'the night before last': 2,
    'night before last': 2,
    'the week before last': 14,
    'week before last': 14,
    'the other day': 2,
    'this morning': 0,
    'this afternoon': 0,
    'this evening': 0,
    // Australian "arvo", "avo": afternoon.
    'this arvo': 0,
    'this avo': 0,
    'yesterday arvo': 1,
    'earlier today': 0,
    'since today': 0,
    today: 0,
    'since lunchtime': 0,
    // British mealtimes of the same day: "a dull ache since teatime".
    'since teatime': 0,
    'since tea time': 0,
    'since dinnertime': 0,
    'since dinner time': 0,
    'since suppertime': 0,
    // Learners' English drops "this": "since morning she is complaining".
    'since morning': 0,
    'from morning': 0,
    'since lunch': 0,
    'since breakfast': 0,
    'just now': 0,
    'in the last hour': 0,
    'last week': 7,
    'last month': 30,
    // "On steroids for the last year", "worse over the past week": how long, not when.
    'for|over|during|in the last|past week': 7,
    'for|over|during|in the last|past fortnight': 14,
    'for|over|during|in the last|past month': 30,
    // Texted without "the": "Past month back pain getting worse".
    'past week': 7,
    'past fortnight': 14,
    // "But the last fortnight it's been constant".
    'the last|past fortnight': 14,
    'past month': 30,
    'for|over|during|in the last|past year': 365,
  },
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  months: [
    'january|jan',
    'february|feb',
    'march',
    'april|apr',
    'may',
    'june|jun',
    'july|jul',
    'august|aug',
    'september|sept|sep',
    'october|oct',
    'november|nov',
    'december|dec',
  ],
  rules: [
    {
      kind: 'ago',
      patterns: [
        '#c {unit} ago',
        '#c or #c {unit} ago',
        '#c to #c {unit} ago',
        // "3-4 days ago": the hyphen between two numbers is dropped, leaving them side by side.
        '#c # {unit} ago',
        '#c {unit} back $',
        // "Fell 3 days back and since then…" (never "3 days back pain").
        '#c {unit} back (and|,|since|now|i|she|he)',
        '#c {unit} before now',
        // South Asian English "5 days before" at the end of its clause: five days ago ("5 days before the
        // fall" dates the fall).
        '#c {unit} before $',
        '#c {unit} before (when|and|,|since|i|my|the pain|it)',
        '#c {unit} prior $',
        'onset #c {unit} prior',
        // A note's "3 weeks prior to presentation".
        '#c {unit} prior to (presentation|admission|attendance|arrival)',
      ],
    },
    {
      kind: 'for',
      patterns: [
        'for {timequal}? #c {unit}',
        'for {timequal}? #c or #c {unit}',
        'for {timequal}? #c to #c {unit}',
        'for {timequal}? #c # {unit}',
        'over|in|during|within the last|past #c {unit}',
        // A note's "lumbar pain over 6 weeks" (never "over 65 years" alone, an age), closing its clause:
        // "back pain over 65 years of age" is an age too.
        '{pain} over #c {unit} $',
        'over|in|during|within the last|past #c or #c {unit}',
        'the last|past #c {unit}',
        // Texted without "the": "back pain past 3 days".
        'last|past #c {unit}',
        '#c {unit} now',
        '#c {unit} history',
        '#c {unit} hx',
        'x #c {unit}',
        'onset #c {unit} ago',
        // "Since about 3 weeks" (South Asian and West African English: for about 3 weeks).
        'since {timequal}? #c {unit}',
        // Indian English "from two days": for two days; "from two weeks I have back pain".
        'from #c {unit} $',
        'from #c {unit} (i|she|he|my|the|it|there|pain|having|and|,|due|because|onwards|onward|now|only|for)',
        // South Asian "since last 2 days", "from past one week".
        'since|from (last|past|the last|the past) #c {unit}',
        'lasted #c {unit}',
        'gone on for {timequal}? #c {unit}',
        '#c {unit} of',
        // "On and off for months, this flare 5 days": the episode now, not the years of it.
        'this (flare|flare up|flareup|episode|bout|attack|time|one) (has been|is|been|for|has lasted|lasting)? {timequal}? #c {unit}',
        "(it's been|it has been|has been|been going on for|been like this for|been this way for) {timequal}? #c {unit}",
        // "Been like this a fortnight", "had it a good few weeks".
        '(been like this|been this way|been like that|been going on|had it|had this) {timequal}? #c {unit}',
        '(its been|its|it is) {timequal}? #c {unit}',
        // Texted without a subject: "Been 2 days.", "been about a week now".
        'been {timequal}? #c {unit} $',
        'been {timequal}? #c {unit} (now|and|but|so)',
        // A note's "back pain 3 weeks, 8/10".
        '{pain} #c {unit} ,',
        // Texted "lower back pain 2 days" at the end of the message.
        '{pain} #c {unit} $',
        // "Back's been aching about 10 days".
        // Not "over" here: "back pain over 65 years of age" is an age (a pain "over 6 weeks" closes its
        // clause, above).
        '{pain} (about|around|nearly|almost|roughly|approximately|approx|at least|more than|less than|the last|the past|the best part of|just under|a good|maybe|some|close to|getting on for|like|like about) #c {unit}',
        // And of a symptom: "urinary retention 2 days", a complaint with its time, never an item of a
        // denial ("denies fever, urinary retention 2 days").
        '(retention|incontinence|numbness|weakness|tingling|paraesthesia|paraesthesiae|symptoms) #c {unit} $',
        // Texted "back pain 3 wks gettin worse".
        '{pain} #c {unit} (now|and|n|but|getting|worse|better|still|since)',
        // Texted "on omeprazol 5 yrs": how long a medicine has been taken.
        'on {medicine} #c {unit} $',
        // A note's "of 2 weeks' duration", "day 3 of symptoms".
        "of #c {unit} '|s? duration",
        'day #c of (symptoms|illness|the illness|pain|this episode)',
      ],
    },
    { kind: 'for', unitDays: 1, patterns: ['# / 7', 'for # / 7', 'x # / 7'] },
    // A clock time since which it has lasted ("since 2am", "onset 0300 today"): less than a day, when
    // the clause ends there ("since 10:30 on Monday" is since Monday).
    {
      kind: 'for',
      unitDays: 0,
      patterns: [
        'since|from # (am|pm|a.m|p.m) $',
        'since|from # : # (am|pm)? $',
        // "Started 2am", "came on at 3 am": today, at that hour.
        '(started|start|began|begun|came on|kicked off) (at|around|about)? # (am|pm|a.m|p.m) $',
      ],
    },
    { kind: 'for', unitDays: 7, patterns: ['# / 52', 'for # / 52', 'x # / 52'] },
    { kind: 'for', unitDays: 30, patterns: ['# / 12', 'for # / 12', 'x # / 12'] },
    // A note's "started 6/52 ago", "since the dose went up 2/52 ago": when it began.
    // Longer than a note's date below, so "discharged 3/12 ago" is still three months ago.
    { kind: 'ago', unitDays: 1, patterns: ['# / 7 ago', '{noteevent} (on)? # / 7 ago'] },
    { kind: 'ago', unitDays: 7, patterns: ['# / 52 ago', '{noteevent} (on)? # / 52 ago'] },
    { kind: 'ago', unitDays: 30, patterns: ['# / 12 ago', '{noteevent} (on)? # / 12 ago'] },
    {
      kind: 'weekday',
      patterns: [
        '(since|on|last|from|this past) {weekday}',
        '{weekday} {partofday}',
        'since|on|last {weekday} {partofday}',
        // West African and South Asian "since last week Friday": the Friday just gone.
        'last week {weekday}',
        // "Arvo Friday", "morning Tuesday"; "since the match Saturday".
        '{partofday} {weekday}',
        'since (the|my) ~2 {weekday}',
        'over the weekend',
        'at the weekend',
      ],
    },
    {
      kind: 'weekday',
      dayOnly: true,
      patterns: [
        // A weekday after a verb in the past, without "on" (US and Australian English): "was deadlifting
        // Saturday", "I painted the ceiling Saturday". A day to come takes no past verb ("seeing the GP
        // Friday").
        // The verb is bound to its weekday: a "{weekday} && verb" took any weekday of the sentence ("seeing
        // the physio Friday, hurt it Monday" is Monday).
        '(was|were|did|went|hurt|lifted|painted|played|fell|slipped|tripped|moved|carried|started|happened|tweaked|strained|pulled|twisted|injured|hoovered|vacuumed|dug|shovelled|gardened|cleaned) ~4 {weekday}',
        // The weekday first, then what happened on it: "Friday my back went when I twisted".
        '{weekday} (my|i|the|it|he|she) ~2 (went|gave|gone|hurt|started|began|happened|twisted|lifted|fell|slipped|tripped|pulled|strained|tweaked|locked|seized|caught|snapped)',
      ],
    },
    {
      kind: 'date',
      patterns: [
        'since|on|from {month} # st|nd|rd|th?',
        'since|on|from # st|nd|rd|th? of? {month}',
        'since|on|from the # st|nd|rd|th? of? {month}',
        '{month} # st|nd|rd|th? #?',
        '# st|nd|rd|th? of? {month} #?',
        // A month or a year alone: "since October", "since March 2025".
        'since|from {month} #?',
        'since|from (early|mid|late) {month} #?',
        'since|from #',
      ],
    },
    {
      // "I had an operation in 2015", "I had a baby in October": when something happened, which says
      // whether it is recent, never how long the episode has lasted.
      kind: 'event',
      patterns: ['(in|during|early|late|mid|back in) {month} #?', '(in|during|back in) #'],
    },
    {
      // A note's review or test to come ("GP to review in 1/52", "repeat CRP in 1/52", "f/u 6/52"): a
      // time ahead, never how long the episode has lasted.
      kind: 'ahead',
      patterns: [
        '(review|r / v|rv|f / u|fu|follow up|followup|recheck|repeat|reassess|reassessment|appointment|appt|bloods|physio) ~3 in # / #',
        '(review|r / v|rv|f / u|fu|follow up|followup) # / #',
      ],
    },
    {
      // A note's calendar date, "admitted on 26/11", "discharged 04/12": a day, never "4/12" (four
      // months). The day is not placed (day/month or month/day differ by country), so it neither dates
      // nor times anything, as a time ahead does not.
      kind: 'ahead',
      patterns: ['(on|{noteevent}) (on)? # / # (/ #)?'],
    },
    {
      // A course after a dose's frequency ("diazepam 2mg tds 3/7", "co-amoxiclav 500mg tds x 5/7"): how
      // long a medicine is given for, never how long the episode has lasted.
      kind: 'ahead',
      // "Daily", "nocte", "mane" and "prn" only after a dose: "LBP daily for 3/52", "waking him nocte x
      // 2/52" are the pain's own course (its duration was lost).
      patterns: [
        '(od|bd|tds|qds|tid|bid|qid) (for|x)? # / 7|52',
        '(mg|g|mcg|microgram|micrograms|ml|tab|tabs|tablet|tablets|capsule|capsules|puff|puffs|units|sachet|sachets) (nocte|mane|daily|prn|on|at night) (for|x)? # / 7|52',
      ],
    },
    {
      // How long a relief takes ("I stop and stand for a min and its gone", "rest for a few minutes") is
      // no episode's length: found only to take its words from a duration's reading, as a time ahead is.
      kind: 'ahead',
      patterns: [
        '(stand|stands|standing|stood|rest|rests|resting|rested|sit|sits|sitting|sat|stop|stops|stopped|lie|lying|lay) (still|down)? for (a|one|#)? (few|couple of|couple)? (min|mins|minute|minutes|moment|moments|second|seconds|sec|secs)',
        // A note's "settled after 10 min of stretching", "eases within 5 mins of rest".
        '(after|within|with) # (min|mins|minute|minutes) of (stretching|stretches|rest|resting|heat|massage|lying down|lying flat)',
        '(after|within|with) (a|one)? (few|couple of|couple)? (min|mins|minute|minutes) of (stretching|stretches|rest|resting|heat|massage|lying down|lying flat)',
      ],
    },
    {
      kind: 'vague',
      unitDays: 730,
      patterns: [
        'for years',
        'for many years',
        'since|from many|several years',
        'for several years',
        'over the years',
        'on and off for years',
      ],
    },
    {
      kind: 'vague',
      unitDays: 3650,
      patterns: [
        'for decades',
        'all my life',
        'since i was a child',
        'since i was a teenager',
        'since i was a kid',
        'lifelong',
      ],
    },
    {
      kind: 'vague',
      unitDays: 365,
      patterns: [
        'for ages',
        'for a long time',
        'long term',
        'long-term',
        'for a long while',
        // Learners' and South Asian "for long time", "since long time".
        'for long time',
        'since|from (a)? long time',
      ],
    },
    { kind: 'vague', unitDays: 90, patterns: ['for months', 'for many months'] },
    { kind: 'vague', unitDays: 14, patterns: ['for weeks', 'for many weeks'] },
  ],
};

export const severity: readonly SeverityRule[] = [
  {
    patterns: [
      '# / 10',
      '# #? / 10',
      '# + / 10',
      '# out of 10|ten',
      // West African and South Asian "8 over 10".
      '# over 10|ten',
      // Eastern European "8 from 10".
      '# from 10|ten',
      // "It's been 7 or 8 most of the time".
      "{pain}|pain|it|its|it's ~2 been (about|around|roughly|maybe|like)? # or|to # $|most|all|now|today",
      // "Sharp, at least 8": the least is the score told.
      '(at least|atleast) (a|an)? # $',
      '# or|to # out of 10|ten',
      '# or|to # / 10',
      // "My back pain is about 6 or 7", "it hurts about 7 when I move".
      '{pain}|pain|it ~2 (is|was|s) (about|around|roughly|maybe|like)? # or|to # $',
      '{pain}|pain ~2 (is|was|s) (about|around|roughly|maybe|like) # $',
      // "The pain went to 6 when I walked", "it shoots up to an 8".
      '{pain}|pain|it (went|goes|go|gone|shot|shoots|jumped|jumps|gets|got) up? to (a|an)? # $',
      '{pain}|pain|it (went|goes|go|gone|shot|shoots|jumped|jumps|gets|got) up? to (a|an)? # when|if|after|on|with|and',
      // Dictated or texted without the verb: "pain maybe 6", "pain about 7 today".
      'pain (about|around|roughly|maybe|probably|approx|approximately) # $',
      'pain (about|around|roughly|maybe|probably|approx|approximately) # today|now|most',
      'hurts|aches|hurting|aching (about|around|roughly|maybe|like|at)? (a|an)? # when|whenever|if|most|at|on',
      '# outta 10|ten',
      '# of 10|ten',
      '# on a scale of ~3 10|ten',
      '# on the pain scale',
      // A note's "NRS 4 at best, 6 at worst" ("NRS" is written "pain score"): the score needs no end of
      // clause after it.
      'pain score (of|=|is|was)? #',
      // "…, 6 at worst": a bare number with "at worst" is the score of the pain at its worst.
      '# at (its|their)? worst',
      // "NRS 0 at rest, 8 on movement": the score on moving, beside one at rest, is the worst now.
      '# on (movement|moving|walking|activity|exertion|mobilising|mobilizing|weight bearing|bending|coughing)',
      'a|an # $',
      // "Pain about 8ish", "it's like a 6ish": a score with "-ish" (the pain named, or "a", never a
      // clock's "woke at 8ish").
      // Not "pain at about 8ish last night", a clock ("at" a score takes its "a": "pain at a 7ish").
      '{pain}|pain|score (is|was|s|of)? (about|around|roughly|maybe|probably|like|approx)? (a|an)? # ish',
      '{pain}|pain|score at (about|around|roughly|maybe|probably|like|approx)? (a|an) # ish',
      'a|an # ish $',
      'a|an # ish (when|now|today|most|and|but|if)',
      'a|an solid|good|strong|steady|easy|high|low|hard|definite|real|firm # $',
      'a|an solid|good|strong|steady|easy|high|low|hard|definite|real|firm # when|whenever|if|now|today|at|on|most|and|but|by|after',
      'a|an # or|to # $',
      // "It's like a 6-7": the hyphen between the numbers is dropped.
      'a|an # # $',
      'a|an # # (now|today|when|whenever|most|at|on|if|and|but|by|after)',
      'a|an # when|whenever|now|today|yesterday|last|this|at|while|and|but|or|most|on|in|if|with|by|during|after|before|unless|until|moving',
      'pain|score score|level|rating|scale|is|was|of|at|around|about|currently|now? a|an? # $',
      'pain score|level|rating : #',
      // Texted "pain = 6", "pain lvl 8".
      'pain (score|level|rating)? = #',
      'pain (score|level|rating) # $',
      // "I'd say 6 maybe 7", "I'd put it at a 7".
      "(i'd|id|i would) (say|rate it|put it at|give it) (about|around|roughly|like)? (a|an)? # (or|to|maybe) #",
      "(i'd|id|i would) (say|rate it|put it at|give it) (about|around|roughly|like)? (a|an)? # $",
      'rated|rates|rate|rating it|the|my|her|his? pain? as|at? a|an? #',
      'scores|scored it? a|an? #',
    ],
  },
  {
    // Other scales of clinical notes: "Wells score 3", "GCS 14", "NEWS2 score of 5", "PHQ-9 12".
    otherScale: true,
    patterns: [
      '(wells|geneva|perc|gcs|glasgow|news|news2|mews|pews|qsofa|sofa|curb|crb|curb65|abcd2|apgar|bishop|chads|chadsvasc|cha2ds2|hasbled|timi|grace|rockall|blatchford|alvarado|frailty|cfs|rockwood|barthel|oswestry|odi|startback|keele|phq|phq9|gad|gad7|audit|mmse|moca|amts|waterlow|braden|must|centor|feverpain|epworth|stopbang) (score|scale|total)? (of|:|=|is|was)? #',
      '(wells|geneva|news|news2|phq|gad|moca|mmse|amts|cfs) # (score|scale|total)? (of|:|=|is|was)? #',
      // A review's joke, no pain score: "my back went ping. 10/10 would not recommend".
      "# / 10|ten (would|wouldn't|will|won't|do|don't|not)? (not)? (recommend|recommended|do again|buy again)",
      "# out of 10|ten (would|wouldn't|will|won't|do|don't|not)? (not)? (recommend|recommended|do again|buy again)",
    ],
  },
  {
    // "About half way on the scale", "middle of the scale".
    value: 5,
    patterns: [
      '(half way|halfway|half) (up|on|along|up on)? the (pain)? scale',
      '(middle|mid) of the (pain)? scale',
    ],
  },
  {
    // The most pain a person can imagine is the top of the scale.
    value: 10,
    patterns: ["worst pain ~3 (of my life|ever|i have ever had|i've ever had|imaginable)"],
  },
  {
    value: 0,
    patterns: [
      'pain free now|today',
      'pain free at the moment',
      "i'm pain free",
      'no pain now',
      'no pain at the moment',
    ],
  },
];

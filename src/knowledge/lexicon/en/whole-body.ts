/**
 * Whole-body symptoms: temperature, sickness, urine, circulation, breathing, the mind.
 */

import { e } from '../entry.ts';
import { CELSIUS_FEVER } from '../temperature.ts';
import type { LexEntry } from '../types.ts';

export const wholeBody: readonly LexEntry[] = [
  e(
    ['fever'],
    [
      'freezing && boiling',
      'fever',
      'fevers',
      'feverish',
      'febrile',
      'pyrexia',
      'pyrexial',
      'high temperature|temp',
      '(raging|soaring|sky high|very high) (temperature|temp|fever)',
      'a temperature|temp',
      'raised temperature',
      'temperatures',
      'hot and shivery',
      'hot and cold',
      // Texted: "no temp but i feel hot n cold".
      'hot (n|&) cold',
      'burning up',
      // "I'm burning hot", "I feel boiling", "roasting then freezing".
      "(i'm|i am|im|feel|feeling|felt|she's|he's|she is|he is) (burning|boiling|roasting) (hot|up)?",
      'running a ~2 temperature|temp',
      // "Sweats and shakes all weekend, hot as anything": hot beside sweats or shivers is a fever.
      'hot as|like (anything|hell|owt|fire|an oven|a furnace|toast) && sweats|sweating|sweaty|shakes|shaking|shivers|shivering|shivery|chills|rigors',
      // West African and South Asian English: "my body is hot", "body is very hot since yesterday".
      'body (is|was|feels|feel|felt|is very|is too|very|too|dey) hot',
      'hot body',
    ],
    'A high temperature, or feeling hot and shivery.',
  ),
  e(
    [],
    [
      'hot ~1 (due to|because of|from|in) ~2 (weather|sun|summer|heat|climate|room|bath|shower|exercise|exercising|gym|work|cooking|kitchen)',
      // "Hot and sweaty after running", "a hot body after the sauna".
      'hot ~3 after ~2 (running|run|jogging|jog|workout|training|exercise|exercising|gym|sauna|bath|shower|sport|football|walking|walk)',
      // The place or the day hot "as anything", sweating in it: "it was hot as anything in the garden, I
      // was sweating buckets digging", "hot as hell at work" (read as a fever beside the sweating).
      "(it|it's|its|weather|day|sun|garden|outside|room|house|office|work|kitchen|sauna|gym|here|car|warehouse|factory) (is|was|were|has been|had been|got)? (so|really|very|bloody)? hot as|like (anything|hell|owt|fire|an oven|a furnace|toast)",
      'hot as|like (anything|hell|owt|fire|an oven|a furnace|toast) ~1 (at|in|outside|out) ~2 (work|garden|sun|gym|office|kitchen|here|there|warehouse|site|sauna|weather)',
      // Heat and cold put on the back: "alternating hot & cold packs", "using hot n cold on it".
      'hot (and|n|&) cold (pack|packs|compress|compresses|therapy|treatment|water|shower|showers|bath|baths|gel|gels|pad|pads|patch|patches|spray|sprays)',
      '(alternating|alternate|alternated|using|use|used|tried|try|trying|apply|applying|applied|put|putting) ~1 hot (and|n|&) cold',
      'hot (and|n|&) cold (on|to|onto) (it|my|the|his|her)',
    ],
    'Hot from the weather, a bath or exercise is no fever.',
    { overrides: ['fever'] },
  ),
  e(
    ['fever'],
    ['temperature', 'temp'],
    'A bare mention of the temperature says nothing; "no temperature" or "my temperature is normal" plainly deny a fever.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['fever'],
    [
      'temperature|temp|fever|t ~3 #',
      '# ~2 degrees|°|°c|celsius|centigrade ~3 temperature|fever',
      '# °c',
      '# °f',
      '# degrees|° ~2 f|fahrenheit',
      'temperature|temp ~3 # f|fahrenheit',
    ],
    'A measured temperature: 38 °C (100.4 °F) or more is a fever, under 37.5 °C (99.5 °F) is not, in between is unclear; a number that cannot be a temperature says nothing.',
    {
      number: {
        present: [CELSIUS_FEVER.present, { gte: 100.4, lte: 113 }],
        absent: [CELSIUS_FEVER.absent, { gte: 93, lt: 99.5 }],
        unknown: [CELSIUS_FEVER.unknown, { gte: 99.5, lt: 100.4 }],
      },
    },
  ),
  e(['fever'], ['afebrile', 'apyrexial'], 'Clinical words for no fever.', { says: 'absent' }),
  e(
    ['fever'],
    [
      "temperature|temp|fever ~2 (won't|wont|will not|isn't|is not|not|doesn't|does not) ~1 (come|coming|go|going|settle|settling|break|breaking) down?",
    ],
    'A temperature that will not come down is a fever, and its "won\'t" denies nothing else.',
  ),
  e(
    ['fever'],
    [
      'thermometer',
      'not taken ~2 temperature|temp',
      "haven't|not|hasn't ~2 checked|taken|measured ~3 temperature|temp",
    ],
    'Having no thermometer, or not having taken the temperature, means the fever is not known.',
    { says: 'unknown', negated: 'unknown' },
  ),
  e(
    [],
    [
      'fits of ~2 shaking|shivering',
      'shaking|shivering|shivery ~2 fits|fit',
      'keep|keeping fit',
      'fit in',
      'fit for',
      'fitness',
    ],
    '"Shaking fits" are rigors and "fit and well" is health, not a seizure.',
    { overrides: ['seizure'] },
  ),
  e(
    ['chills_rigors'],
    [
      'chills',
      'shiver*',
      'shaking',
      'shakes',
      'rigors',
      'rigor',
      'shivery',
      "(can't|cannot|couldn't) ~1 get warm",
      'teeth chattering',
      'cold sweats',
      'shaking fits',
    ],
    'Chills, shivering or shaking.',
  ),
  e(
    [],
    [
      '{legs}|{leg}|hand|hands ~3 (shaking|shaky|shake|shakes|trembling|tremble)',
      '(shaking|shaky|trembling) ~2 when ~2 (walk|walking|stand|standing)',
    ],
    'Legs that shake when walking (weak legs) are not the shaking of a fever.',
    { overrides: ['chills_rigors'] },
  ),
  e(
    ['feels_very_unwell'],
    [
      'feel|feels|feeling|felt ~2 really|very|so|terribly|generally|extremely|completely|absolutely|just? unwell|ill|poorly|rough|awful|terrible|dreadful|rotten|lousy|horrible|wretched|dreadful',
      // British understatement: "I feel rather poorly, I must admit", "feeling quite unwell".
      'feel|feels|feeling|felt (rather|quite|pretty) (unwell|ill|poorly|rough|awful|rotten|dreadful)',
      'feel|feels|feeling|felt ~2 like death',
      "feel|feels|feeling|felt like (i'm|i am|im) dying",
      'something ~1 (is|feels) (really|seriously|badly|terribly|very) wrong',
      '{be} ~2 very|really|so|seriously|extremely unwell|ill|poorly',
      'very|really unwell',
      'seriously ill',
      'worse than any ~2 (back ache|backache|back pain)',
      'feel like something ~3 wrong',
      'feel ~2 dreadful',
    ],
    'Feeling very unwell, much worse than a usual back ache.',
  ),
  e(
    [],
    ['poorly|well|badly controlled'],
    '"Poorly controlled" describes a condition such as diabetes, not how the person feels.',
    { overrides: ['feels_very_unwell'] },
  ),
  e(
    [],
    ['feel {my} (legs|leg|feet|foot|toes|body|hands|bottom) ~1 (well|fine|ok|okay|normally|properly)'],
    '"I can feel my legs well" is about feeling in the legs, not about feeling well.',
    { overrides: ['feels_very_unwell'] },
  ),
  e(
    ['feels_very_unwell'],
    [
      'feel|feels|feeling ~3 (well|fine|ok|okay|all right|alright|good) ~2 (otherwise|in myself|in herself|in himself|apart from)',
      'otherwise ~3 (well|fine|ok|okay|all right|alright|good)',
      'feel|feels ~2 otherwise ~2 (well|fine|ok|okay|all right|alright)',
      'fit and well',
      'feel|feels ~2 completely? fine',
      'feel|feels ~2 well',
    ],
    'Feeling well otherwise plainly denies feeling very unwell; "I don\'t feel well" says something is wrong, not how much.',
    { says: 'absent', negated: 'unknown', overrides: ['seizure'] },
  ),
  e(
    ['feels_very_unwell'],
    ['unwell', 'poorly', 'ill'],
    'Unwell, without how much, is unclear; "I don\'t feel unwell" plainly denies it.',
    { says: 'vague' },
  ),
  e(
    [],
    [
      'sick note',
      'off sick',
      'sick of',
      'sick leave',
      'sick pay',
      'call in sick',
      'called in sick',
      'sick and tired',
    ],
    'A sick note or being sick of something is not nausea.',
    { overrides: ['nausea_vomiting'] },
  ),
  e(
    ['weight_loss_unexplained'],
    [
      'lost|losing ~3 weight',
      // Learners' English "I lose weight without to want"; South Asian "weight is reducing".
      '(i|she|he) (lose|loses) ~2 weight',
      'weight (is|was|has|has been|keeps)? ~1 (reducing|reduced|decreasing|decreased|going down|dropping|dropped|falling)',
      'lost|losing ~3 # kilos|kilo|kg|kgs|pounds|lbs|lb|stone|stones',
      'lost|losing ~2 (a stone|half a stone|nearly a stone|over a stone)',
      'lost {my} appetite and ~2 (a stone|half a stone|nearly a stone|over a stone|# kilos|# kg|# pounds|# lbs|weight)',
      'weight loss',
      'loss of weight',
      'weightloss',
      'clothes ~3 (loose|baggy|falling off)',
      // Lay signs of weight lost: "my trousers are falling off me", "my cloth is now loose" (Nigerian
      // English), "had to take my belt in a notch".
      '(clothes|cloth|clothing|trousers|pants|jeans|skirt|skirts|dress|dresses) (are|is|have|has|keep|keeps|now|are now|is now|have got|have gone)? ~1 (loose|looser|baggy|baggier|hanging off|falling off|falling down|too big)',
      '(take|took|taken|taking) {my}? belt in',
      'without trying',
      'unintentional ~2 weight loss',
    ],
    'Weight loss without trying in recent months.',
  ),
  e(
    ['weight_loss_unexplained'],
    [
      "(no|never|not|haven't|hasn't|hadn't) ~3 (weight loss|lost weight|lost any weight|lost much weight) ~1 (except|apart from|other than|besides|aside from|but for)",
    ],
    // Not a bare "but" or "bar": "no weight loss but I am tired" turns to something else.
    '"No weight loss apart from half a stone": the exception is weight lost.',
  ),
  e(
    [],
    ['without (a|any)? (diet|dieting|slimming|exercise|exercising)'],
    '"Lost 5 kilos without diet": no diet, so the loss is not explained by one.',
    { overrides: ['weight_loss_unexplained'] },
  ),
  e(
    ['weight_loss_unexplained'],
    [
      'lost|losing|loss ~3 weight|stone|kilos|pounds && (diet|dieting|slimming|trying to lose|on purpose|deliberately|exercising more)',
    ],
    'Weight lost on a diet or on purpose is explained, so it is not this finding.',
    { says: 'absent', negated: 'none', overrides: ['weight_loss_unexplained'] },
  ),
  e(
    [],
    [
      "(not|never|haven't|havent|hasn't|hasnt|isn't|wasn't) ~2 (diet|dieting|on diet|slimming|trying to lose)",
    ],
    '"I\'ve lost weight but I\'m not dieting": a diet denied does not explain the loss.',
    { overrides: ['weight_loss_unexplained'] },
  ),
  e(
    ['fatigue_unusual'],
    [
      'tired all the time',
      'exhausted',
      'exhaustion',
      'drained',
      'washed out',
      'no energy',
      'unusually tired',
      'really tired',
      'very tired',
      'fatigue',
      'fatigued',
      'lethargic',
      'lethargy',
      'worn out',
      'wiped out',
      'run down',
    ],
    'Unusual tiredness or lethargy, for weeks.',
  ),
  e(
    [],
    ['(spewing|spewin|spewed) (about|at|that|because|over|with)'],
    'Australian "spewing about the match" is angry, not being sick.',
    { overrides: ['nausea_vomiting'] },
  ),
  e(
    ['nausea_vomiting'],
    [
      'sick',
      'sickness',
      'vomit*',
      'throw|throwing|threw|thrown ~1 up',
      'puk*',
      'nausea',
      'nauseated',
      'queasy',
      'retch*',
      'nausea and vomiting',
      // Australian "spewing", British "chucking up", "barfing".
      'spewing|spewed|spew',
      'chuck|chucking|chucked|chucks up',
      'barf*',
      'heaving',
      // "I feel like I'm going to be sick": the phrase takes "going to", so it is no plan (context.ts).
      'going to (be sick|throw up|vomit|puke|spew)',
    ],
    'Feeling sick or being sick.',
  ),
  e(
    ['cannot_keep_fluids_down'],
    [
      "(can't|cannot|couldn't|unable to|not able to|not|haven't been able to) keep|keeping ~3 water|fluids|drinks|drink|anything|food|tablets|medicines|medication|antibiotics|painkillers|analgesia|it|them|pills ~2 down",
      // "I can't even keep water or my tablets down": the "even" between, and a list of what comes back.
      "(can't|cannot|couldn't) even keep ~1 water|fluids|drinks|drink|anything|food|tablets|medicines|medication|antibiotics|painkillers|pills|it|them ~4 down",
      // "Down" said before what will not stay: "I can't keep down water", "can't even keep down my tablets".
      "(can't|cannot|couldn't|unable to|not able to) (even)? keep down ~1 water|fluids|drinks|anything|food|tablets|medicines|medication|antibiotics|painkillers|pills",
      'bringing ~3 everything ~2 back up',
      // "Everything I drink comes straight back up".
      '(everything|anything|whatever) (i|he|she) (drink|drinks|drank|eat|eats|take|takes) ~1 (comes|come|came|goes|went) ~2 (back up|up again)',
      'keep being sick ~4 everything',
    ],
    'Cannot keep fluids or medicines down.',
  ),
  e(
    ['cannot_keep_fluids_down'],
    [
      "can|could|am|i'm ~1 keep|keeping ~3 water|fluids|drinks|drink|it|them|food|tablets|things ~2 down",
      'keeping ~3 water|fluids|drinks|drink|it|food|things ~2 down',
    ],
    'Keeping fluids down plainly denies the finding.',
    { says: 'absent' },
  ),
  e(
    ['diarrhoea_or_vomiting_recent'],
    [
      'diarrhoea',
      'the runs',
      'loose stools|bowels|motions',
      'motions ~2 (loose|watery|runny)',
      'stomach|tummy bug|virus|flu|upset',
      'gastro',
      'gastroenteritis',
      'food poisoning',
      'norovirus',
      // "A sickness bug", "vomiting for 3 days": several days of it.
      'sickness bug|virus',
      '(vomiting|being sick|throwing up|sick) ~1 for (a few|a couple of|several) days',
      '(vomiting|being sick|throwing up|sick) ~1 for # days',
      // Vomiting made to happen, again and again (bulimia): the same loss of fluid and salts.
      '(make|makes|making|made) (myself|herself|himself) ~1 (sick|vomit|throw up)',
    ],
    'Several days of vomiting or diarrhoea in the last week (a stomach bug).',
    { overrides: ['nausea_vomiting', 'pain_abdomen'] },
  ),
  e(
    ['diarrhoea_or_vomiting_recent'],
    ['diarrhoea and vomiting', 'vomiting and diarrhoea'],
    'Diarrhoea and vomiting: a stomach bug.',
    { overrides: ['nausea_vomiting', 'pain_abdomen'] },
  ),
  // A note's "3/7 D&V": days of it up to now, so being sick now too; not a bug had and over ("D&V last
  // week, now settled"), where the sickness is not said to go on. The plain reading above would take
  // the vomiting's words from the sickness, so it is set aside here first, and the bug implied.
  e(
    [],
    [
      '/ 7 (diarrhoea and vomiting|vomiting and diarrhoea)',
      '(diarrhoea and vomiting|vomiting and diarrhoea) (x|for) # /',
      '(ongoing|continuing|persistent|current) (diarrhoea|vomiting) and (vomiting|diarrhoea)',
    ],
    'Days of diarrhoea and vomiting up to now are read below.',
    { overrides: ['diarrhoea_or_vomiting_recent'] },
  ),
  e(
    ['nausea_vomiting'],
    [
      '# / 7 (diarrhoea and vomiting|vomiting and diarrhoea)',
      '(diarrhoea and vomiting|vomiting and diarrhoea) (x|for) # / 7',
      '(ongoing|continuing|persistent|current) (diarrhoea and vomiting|vomiting and diarrhoea)',
    ],
    'Days of diarrhoea and vomiting up to now: being sick, and a stomach bug.',
    { implies: ['diarrhoea_or_vomiting_recent'], overrides: ['pain_abdomen'] },
  ),
  e(
    ['burning_urination'],
    [
      'burn*|sting*|stung|hurts|hurt|painful|pain|sore ~4 when|if|as|to ~2 {pee}',
      'burn*|sting*|stung ~2 {pee}',
      // "Burning while passing urine", "burning in urine", "urine is burning me", "urin burning".
      'burn*|sting*|stung|pain|painful ~2 while ~2 {pee}',
      'burn*|sting*|stung (in|with|of|during|on|while)? {urine}|urination',
      '{urine} (is|it|really|so|always|still|has been|was|is really|is so|is very|feels|dey)? (burn*|sting*|stung|paining)',
      '{urine} ~3 and burn*|sting*|stung',
      // Not a free gap: in "he can't pee and his back hurts" it is the back that hurts.
      '{pee} (is|it|really|so|always|still|has been|was|is really|is so|is very|feels|it really)? burn*|sting*|stung|hurts|painful',
      '{pee} ~3 and burn*|sting*|stung|hurts',
      // "When I urinate it is burning me": the peeing told first, the burning after it.
      '(when|while|whenever|as|if) (i|she|he) {pee} ~3 (burn*|sting*|stung|paining)',
      'dysuria',
      // "It's like passing razor blades", "like peeing glass".
      '(passing|peeing|weeing|pee|wee) ~2 (razor blades|razors|glass|broken glass|fire)',
      'cystitis',
      'urgency',
      'going ~3 (all the time|more often|much more often|every half hour|every hour|constantly|non stop)',
      '{pee} ~3 (more often|a lot more|all the time|every half hour|every hour|constantly)',
      // "I am peeing every half an hour", "weeing every 20 minutes".
      '{pee} ~2 every (half an hour|half hour|hour|#c minutes|#c mins|#c min|few minutes|couple of hours)',
      'peeing|weeing ~2 a lot',
      // "I pee many times in the night", "go to toilet many times for pee".
      '{pee} (so|too)? many times',
      '(go|going|went) to (the)? (toilet|loo|bathroom) (so|too)? many times',
      '{pee} ~3 and (it)? burn*|sting*|burns',
      '{pee} like a (racehorse|race horse)',
      '(get|getting|got|gets) up ~4 (night|nights) ~2 to ~1 ({pee}|wee)',
      'going|go|gone to the (toilet|loo|bathroom) ~2 (a lot more|more often|all the time|constantly|every hour)',
      'running|rushing|dashing|run|ran|rush|dash|race|racing ~2 to the toilet|loo|bathroom',
      'frequent ~2 {pee}|urination|toilet|trips',
      'frequency',
    ],
    'Burning or stinging when peeing, or peeing much more often or urgently.',
  ),
  e(
    ['burning_urination'],
    ["(can't|cannot|couldn't) stop ({pee}|going for a wee)"],
    '"I can\'t stop peeing" is peeing all the time, not being unable to pee.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['blood_in_urine'],
    [
      'blood|bleeding ~3 in ~2 {my}? {urine}',
      // Older British "water" for urine, with "my" ("blood in my water"; not "blood in the water").
      'blood ~3 in (my|his|her) water',
      // Said of the water itself, not "my water bottle is red".
      '(my|his|her) water (is|was|looks|looked|has been|went|goes|gone|has gone|turned|has turned|looking|comes out|came out|coming out)? (a bit|a little|slightly|quite|very|really|bright|dark|light|faintly|a bit of a|a)? (pink|red|bloody|reddish|rosy|blood stained|pinkish|pinky)',
      '{urine} ~4 (pink|red|bloody|reddish|rosy|blood stained|pinkish|pinky|pink tinged|red tinged|rose coloured|rose colored)',
      '(pink|pinkish|pinky|red|reddish|bloody|blood stained) {urine}',
      'haematuria',
      'peeing|passing|weeing|pissing|urinating blood',
      'bloody {urine}',
      // Learners' English "I make pee with blood"; "passed urine with blood".
      '{pee}|{urine} (mixed)? with (some|a little|little)? blood',
      'blood when i {pee}',
      // "It stings when I pee and there's blood in it".
      '{pee} && blood in it|there',
    ],
    'Blood in the urine: pink, red or brown.',
  ),
  e(
    ['blood_in_urine', 'dark_cola_urine'],
    ['{urine} ~3 normal colour|color', '{urine} ~3 clear', '{urine} colour ~2 normal'],
    'Urine of a normal colour plainly has no blood and is not dark brown.',
    { says: 'absent' },
  ),
  e(
    ['dark_cola_urine'],
    [
      '{urine} ~5 (dark brown|brown|cola|coke|tea coloured|tea colored|like tea|like cola|like coke)',
      'cola|coke|tea coloured|colored ~2 {urine}',
      'colour|color of ~2 coke|cola|tea',
      'brown {urine}',
      // The colour likened to cola is the urine's even where the urine was named a sentence before:
      // "Peeing is fine. Well, now you ask, it's been dark brown, like cola".
      'dark brown|brown ,? like|as (a)? cola|coke',
      '{urine}|water && (dark brown|almost brown|nearly brown|brown|cola|coke)',
    ],
    'Dark brown or cola-coloured urine.',
    { overrides: ['blood_in_urine', 'thirst_dark_urine'] },
  ),
  e(
    [],
    [
      // The colour said of something else named right before it: "my poo has been dark brown, like
      // cola", "the sick was dark brown like coke", "my skin has gone dark brown like coke" (the cola
      // likeness read without the urine named in its sentence took them for the urine).
      '(poo|poos|stool|stools|faeces|feces|motions|sick|vomit|skin|bruise|bruises) (is|are|was|were|has been|have been|looks|looked|has gone|had gone|gone|went|turned|has turned)? (a)? (really|very|quite)? dark brown|brown',
    ],
    'Stool, vomit or skin of a dark brown like cola is not the urine.',
    { overrides: ['dark_cola_urine'] },
  ),
  e(
    ['peeing_less'],
    [
      'hardly|barely ~2 passed|passing|peed|weed|been ~3 any? urine|water|{pee}',
      'not passing ~2 much ~2 urine|water',
      '{pee} ~3 (less|very little)',
      'passing|passed|pass ~2 less|little ~2 water|urine',
      'passing less',
      'less urine',
      'passed very little',
      'hardly any urine',
      'not much urine',
      // "Not a lot of wee coming out", "hardly any pee", "very little wee".
      '(not much|not a lot of|not a lot|hardly any|barely any|very little|only a little) ~1 {urine}',
      'reduced|low|decreased|poor ~2 urine output',
      'oliguria',
      'oliguric',
      'hardly|barely ~2 peeing|weeing|urinating',
      // "I've hardly peed today", "barely weed since yesterday".
      'hardly|barely (peed|weed|urinated|pee|wee|passed water|been for a wee|been for a pee)',
      "(not|n't|isn't) ~2 peeing|weeing|urinating ~2 much",
    ],
    'Passing much less urine than usual.',
  ),
  e(
    ['peeing_less'],
    ['{pee} ~3 (as much as usual|normal amounts)', 'as much as usual', 'normal amount of urine'],
    'Peeing as much as usual plainly denies peeing less.',
    { says: 'absent' },
  ),
  e(
    ['dizziness_fainting'],
    [
      'dizzy',
      'giddiness',
      'dizziness',
      'light headed',
      'lightheaded',
      'faint',
      'fainted',
      'fainting',
      'passed out',
      'pass out',
      // "I think I'm going to pass out": feeling faint now.
      'going to (pass out|faint|black out|collapse)',
      'passing out',
      'collapse*',
      'blacked out',
      'black out',
      // "Going to black out" is rewritten "nearly blacking out" (words.ts).
      'blacking out',
      'giddy',
      'funny turn',
      'keeled over',
      'syncope',
      'syncopal',
      'feel|feeling|felt ~4 (pass out|faint|black out|collapse)',
      'presyncope',
      'presyncopal',
      'loss of consciousness',
      'lost consciousness',
      'vertigo',
    ],
    'Dizziness, light-headedness, fainting or collapse.',
  ),
  e([], ['grey hair|hairs'], 'Grey hair is not grey skin.', { overrides: ['sweaty_clammy_pale'] }),
  e(
    ['sweaty_clammy_pale'],
    [
      'clammy',
      'sweaty',
      'sweating',
      'cold sweat',
      'grey',
      'pale',
      'ashen',
      'white as a sheet',
      'drenched in sweat',
      'pasty',
      'diaphoretic',
      'diaphoresis',
      // "I've come out in a sweat", "broke out in a cold sweat".
      '(come|came|comes|coming|broke|broken|break|breaking) out in a (cold)? sweat',
      '(broke|broken|break|breaking) into a (cold)? sweat',
    ],
    'Cold, sweaty, clammy or pale skin.',
  ),
  e(
    ['breathless'],
    [
      'short of breath',
      'shortness of breath',
      'breathless*',
      'out of breath',
      '{unable} ~2 catch|get ~2 breath',
      "(not getting|can't get|cannot get|couldn't get) enough (air|breath|oxygen)",
      '{unable} ~2 breathe|breathing',
      'struggling for breath',
      'gasping',
      'breathing ~3 difficult|hard|laboured',
      // South Asian "I am having breathing problem".
      'breathing (problem|problems|difficulty|trouble|issue|issues)',
      'dyspnoea',
      'dyspnea',
    ],
    'Short of breath.',
  ),
  e(
    ['breathless'],
    ['breathing', 'breath', 'breathe'],
    'A bare mention of breathing says nothing; "my breathing is OK" plainly denies breathlessness.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['palpitations'],
    [
      'palpitation*',
      'heart ~3 (racing|pounding|thumping|fluttering|flutters|skipping|jumping|irregular|beating fast|beating hard|going fast|missing beats|banging)',
      'racing|pounding|thumping heart',
      'irregular (heartbeat|heart beat|pulse)',
      'skipped beats',
      'fast heartbeat',
      'heart ~3 (like the clappers|ten to the dozen|like a drum|out of my chest|like mad)',
      'flutter* ~3 {my}? chest|heart',
      '{chest} ~3 flutter*',
      // The heartbeat felt as wrong, slow or uneven: "my heartbeat feels slow and irregular".
      '(heartbeat|heart beat|heartbeats|pulse) (feels|feel|is|seems|has been|keeps|going|gone|went)? (very|a bit|really|quite|so)? (irregular|uneven|erratic|all over the place|jumpy|skipping|slow and irregular|slow and uneven|slow and funny|funny|odd|weird|strange)',
    ],
    'A racing, pounding or irregular heartbeat.',
  ),
  e(
    ['palpitations'],
    ['{my} heart'],
    'A bare mention of the heart says nothing; "my heart feels normal" plainly denies palpitations.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['confusion_drowsy'],
    [
      'confused',
      'confusion',
      'muddled',
      'drifting off',
      'dozing off',
      'keeps dozing',
      'drowsy',
      'drowsiness',
      'disorientated',
      'disoriented',
      'not making sense',
      "(haven't|hasn't|isn't|wasn't|aren't|not) been making (any)? sense",
      "didn't|doesn't know (what day it was|what day it is|where)",
      'hard to wake',
      "can't stay awake",
      'delirious',
      'not with it',
      // How families put it.
      'doolally',
      'away with the fairies',
      'talking|speaking gibberish|nonsense|rubbish',
      'not (herself|himself|myself) ~2 (confused|muddled|vague|away)',
      "(doesn't|didn't|don't|can't) ~1 (know|recognise|recognize) (me|us|who|where)",
      'mixing up ~2 words|names',
      "(i'm|i am|he's|she's|is|was|been|seems|seemed|feel|feels|felt|completely|totally) ~1 out of it",
      'very|really|so|terribly sleepy',
    ],
    'New confusion, unusual drowsiness or difficulty staying awake.',
  ),
  e(
    [],
    [
      'out of it ~4 (from|on|with|because of) ~2 (tramadol|codeine|meds|medication|medicine|painkillers|tablets|pills|morphine|diazepam|drink|wine)',
    ],
    '"A bit out of it from the tramadol": a medicine\'s known effect, not new confusion.',
    { overrides: ['confusion_drowsy'] },
  ),
  e(
    [],
    ['# (am|pm)'],
    // "I wake around 4am with it" was read as "am with it", a clear mind.
    'A clock time ("4am") is not the verb of "I am with it".',
    { overrides: ['confusion_drowsy'] },
  ),
  e(
    ['confusion_drowsy'],
    [
      'thinking clearly',
      'alert and',
      'fully alert',
      // Not a bare "with it": "I woke up with it" says nothing about the mind.
      "(i'm|im|he's|she's|is|am|was|seems|seemed|fully|completely|totally|quite) with it",
    ],
    'Thinking clearly plainly denies confusion.',
    { says: 'absent' },
  ),
  e(
    ['pulsing_in_belly'],
    [
      'puls*|throb*|heartbeat|beating ~5 {tummy}',
      '{tummy} ~5 puls*|throb*|heartbeat',
      '{tummy} ~2 beating',
      'pulsating lump|mass',
      'pulsatile mass',
    ],
    'A pulsing, heartbeat-like feeling or lump in the tummy.',
    { overrides: ['palpitations'] },
  ),
  e(
    ['tingling_mouth_fingers'],
    [
      '(tingl*|pins and needles|numb|numbness) ~5 (lips|lip|mouth|fingertips|fingers|finger tips|face)',
      '(lips|mouth|fingertips|fingers|finger tips) ~4 (tingl*|pins and needles|numb)',
      '(perioral|circumoral) ~2 (tingl*|paraesthesia|{numb-word})',
    ],
    'Tingling around the mouth or in the fingertips.',
    { overrides: ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'] },
  ),
  e(
    ['hand_foot_spasm'],
    [
      'hand|hands ~4 (claw|clawed|clawing|cramp*|spasm*|locked|lock|curl*|seized|go into spasm)',
      'fingers ~4 cramp*|curl*|locked|claw|spasm*',
      // "My toes curl into a claw at night".
      'toes ~4 (claw|clawed|clawing|curl|curls|curled|curling) ~3 (claw|in|under|up|down|over)',
      "fingers|hands|toes ~2 (won't|wont|will not|can't|don't|do not) ~1 (uncurl|straighten|open|relax|unclench)",
      'claw shape|hand',
      'carpopedal ~2 spasm*',
    ],
    'Cramping spasms of the hands or feet, fingers pulled into a fixed position.',
    { overrides: ['muscle_knot_tight'] },
  ),
  e(
    ['generalised_weakness'],
    [
      '(arms and legs|legs and arms|arms and my legs|legs and my arms) ~4 {weak}',
      '{weak} ~2 in {my}? (arms and legs|legs and arms)',
    ],
    // Weak arms as well as legs is weakness of the whole body (a salt or muscle breakdown), not the
    // legs' nerves alone.
    'Weakness of the arms and the legs together is weakness all over.',
    { overrides: ['weakness_both_legs'] },
  ),
  e(
    ['generalised_weakness'],
    [
      'whole body ~3 weak',
      'weak all over',
      'weakness all over',
      'weak everywhere',
      'weakness everywhere',
      'weak from head to toe',
      'all my muscles ~3 weak',
      'no strength',
      // Not "could hardly get out of bed": in a story of back pain that is the pain.
      'could|can ~2 hardly|barely ~2 (lift {my} arms|lift a cup|lift a kettle|hold a cup|lift {my} head)',
      'too weak to ~3 (stand|get up|walk|lift|get out of)',
      'weak as a kitten',
      'weak (as|like) a (kitten|baby|rag doll)',
      'every muscle ~3 weak',
      'generalised weakness',
      'generally weak',
    ],
    'Marked weakness of the muscles all over the body.',
  ),
  e(
    ['generalised_weakness'],
    ['can|could ~1 still ~2 (get up from|get out of|stand up from) ~2 a|the|my? chair'],
    'Still able to get up from a chair plainly denies marked weakness.',
    { says: 'absent' },
  ),
  e(
    ['seizure'],
    [
      'seizure',
      'seizures',
      'convulsion*',
      'fitting',
      'had a fit',
      'having a fit',
      'having fits',
      'epileptic fit',
      'a fit',
      // "No fits or blackouts".
      'fits (or|and|nor) (blackouts|faints|seizures|funny turns)',
    ],
    'A fit (seizure).',
  ),
  e(
    ['jaw_stiffness'],
    [
      "jaw ~4 (stiff|locked|lock|tight|clamped|stuck|won't open)",
      "mouth (won't|wont|will not|doesn't|does not|can't) open",
      "(can't|cannot|couldn't) chew",
      'barely|hardly ~1 chew',
      '{unable} ~2 open ~2 {my}? mouth',
      'barely|hardly ~2 open ~2 {my}? mouth',
      'jaw stiffness',
      'lockjaw',
      'lock jaw',
      'trismus',
    ],
    'Difficulty opening the mouth, or a stiff, locked jaw.',
    { overrides: ['muscle_knot_tight'] },
  ),
  e(
    ['jaw_stiffness'],
    ['jaw'],
    'A bare mention of the jaw says nothing; "my jaw is fine" plainly denies a stiff jaw.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    [],
    ['cut down|back|out', 'haircut', 'cut it out', 'cut off'],
    '"Cut down" and "cut back" are not wounds.',
    { overrides: ['recent_wound'] },
  ),
  e(
    ['recent_wound'],
    [
      'cut ~3 {my}? hand|finger|thumb|foot|leg|arm|knee|head|face|toe|myself',
      'a|deep|dirty|small|nasty|bad ~2 cut|scratch|graze|wound|gash',
      'scratch',
      'scratched',
      'graze*',
      'wound',
      'wounds',
      'puncture*',
      'trod|stepped|stood ~2 on ~3 nail|nails|glass|thorn',
      // "A nail went through my boot", "a piece of glass went into my foot".
      'nail|nails|glass|thorn|spike|screw|needle (went|gone|has gone|go|goes|got|stuck) (through|into|in) {my}? (boot|boots|shoe|shoes|trainer|trainers|foot|hand|finger|thumb|palm|heel|sole|leg|arm|knee|skin)',
      'rusty nail',
      'splinter',
      'thorn',
      'bite',
      'bitten',
      'nicked ~3 finger|hand|thumb|myself',
      'barbed wire',
      'gash',
      'laceration',
    ],
    'A cut, puncture, bite or dirty wound in the last few weeks.',
    { withinDays: 42 },
  ),
  e(
    ['unsteady_walking'],
    [
      'unsteady',
      'unsteadiness',
      'off balance',
      'lost {my} balance ~3 walking',
      // "While walking I am losing balance".
      '(losing|lose|loses) {my}? balance ~3 (walking|walk|while)',
      '(walking|walk) ~4 (losing|lose|loses) {my}? balance',
      'walking|walk ~2 like ~3 drunk',
      'stagger*',
      'clumsy',
      'clumsiness',
      "can't|cannot walk straight",
      "(can't|cannot|couldn't) ~1 walk in a straight line",
      "(can't|cannot|couldn't) ~2 (keep|hold) {my} balance",
      'balance ~2 (has gone|is gone|gone|is off|is bad|is terrible|is all over the place|is poor)',
      "(can't|cannot|couldn't) walk without ~2 (holding|hanging|leaning)",
      // "I am finding it increasingly difficult to walk without holding on to the furniture" (the
      // "without" had denied the holding on, a wrong absent).
      '(difficult|difficulty|hard|struggle|struggling|trouble|unable|not able) ~2 (to)? walk ~3 without ~2 (holding|hanging|leaning|support|help|a stick|my stick|a frame)',
      'walk|walking ~3 (holding|hanging) on|onto ~1 (the)? (furniture|walls|wall|things)',
      'ataxic',
      'ataxia',
      'gait disturbance',
      'broad based gait',
      'wobbly on {my} feet',
      'keep|keeps|kept ~1 stumbling',
      'keep|keeps|kept ~1 losing {my}? balance',
    ],
    'New unsteadiness or clumsiness when walking.',
  ),
  e(
    ['unsteady_walking'],
    ["(can't|cannot|can not|unable to|not able to|couldn't) ~1 walk (normally|properly|right)"],
    '"I can\'t walk normally" is pain or unsteadiness, which the words do not tell apart: asked, never read as walking normally.',
    { says: 'unknown' },
  ),
  e(
    ['unsteady_walking'],
    [
      'steady on {my} feet',
      'walking normally',
      'walk normally',
      'balance {be} ~1 (fine|ok|okay|good|normal)',
      '(no problems|no problem|nothing wrong) with {my} balance',
    ],
    'Steady on the feet plainly denies unsteadiness.',
    {
      says: 'absent',
    },
  ),
  e(
    ['thirst_dark_urine'],
    [
      'thirsty',
      'thirst',
      'dry mouth',
      'parched',
      '{urine} ~3 dark|darker',
      'dark|darker ~2 {urine}',
      'darker than usual',
      'concentrated urine',
    ],
    'Thirst and a dry mouth, with darker urine than usual.',
  ),
  e(
    ['heavy_sweating_heat'],
    ['sweating buckets', 'sweat|sweating|sweated ~2 (a lot|heavily|loads|buckets|profusely|like mad|much)'],
    'Heavy sweating, with no chest pain or tearing pain beside it, is from heat or hard exercise.',
    {
      overrides: ['sweaty_clammy_pale'],
      unless: ['pain_chest', 'pain_spreads_arm_jaw', 'pain_tearing_severe_sudden', 'pulsing_in_belly'],
    },
  ),
  e(
    ['sweaty_clammy_pale'],
    [
      // The same words as the heat's above (a pattern is written once per entry, so said in other words).
      'sweating|sweated buckets',
      'sweat|sweating|sweated ~2 (buckets|a lot|heavily|loads|profusely|like mad|much)',
    ],
    // "Chest tight like a band, down my left arm, and I'm sweating buckets" was read as the sweat of a
    // hot day: beside a heart's or an artery's pain, heavy sweating is the cold sweat of shock.
    'Heavy sweating with chest pain, pain into the arm or jaw, or a tearing or pulsing pain is the sweat of shock.',
    { requires: ['pain_chest', 'pain_spreads_arm_jaw', 'pain_tearing_severe_sudden', 'pulsing_in_belly'] },
  ),
  e(
    ['heavy_sweating_heat'],
    [
      'heatwave',
      'heat wave',
      'hot weather',
      'hot day',
      'over|above # degrees',
      'in the heat',
      'in the sun all day',
    ],
    'Heavy sweating from hot weather or hard exercise in the last day, not the cold sweat of shock.',
    { overrides: ['sweaty_clammy_pale'] },
  ),
  e(
    ['low_fluid_intake'],
    [
      "(haven't|hasn't|not|haven't been|hasn't been|not been) ~2 drinking|drunk|drink ~2 (much|enough|a lot|anything)",
      'drinking|drunk|drank ~2 very? little',
      'only had|drunk|drank ~4 (a can|a cup|one drink|a glass|one bottle|a bottle|one can|one cup)',
      'barely|hardly ~2 drunk|drinking|drank',
      'barely|hardly had ~2 anything ~2 to drink',
      'not drinking',
    ],
    'Drinking little fluid in recent days.',
  ),
  e(
    ['low_fluid_intake'],
    [
      // "Sweated buckets and didn't drink enough": nobody drinks too little alcohol.
      "(didn't|did not|don't|do not|doesn't|does not|haven't|hasn't|wasn't|weren't|not|never) (drink|drunk|drinking|drank) (nearly|anywhere near|near)? enough",
      // "I don't drink much as I don't like getting up in the night for the toilet": fluids, by the
      // reason given (a bare "I don't drink much" stays the alcohol it usually means).
      "(didn't|did not|don't|do not|doesn't|does not) (drink|drank) (much|a lot|very much) && (toilet|loo|getting up|get up|water|fluid|fluids|thirsty|dehydrated|wee|weeing|pee|peeing)",
      // The reason with its own "don't" ("as I don't like getting up"), which must not deny the drinking.
      "(didn't|did not|don't|do not|doesn't|does not) (drink|drank) (much|a lot|very much) (as|because|cos|coz|since|so) ~6 (toilet|loo|getting up|get up|wee|weeing|pee|peeing)",
    ],
    'Drinking too little, said of fluids.',
    { overrides: ['alcohol_regular'] },
  ),
  e(
    ['low_fluid_intake'],
    ['drinking|drunk|drink ~2 plenty|lots|loads|normally|well', 'even though ~3 drinking'],
    'Drinking plenty plainly denies drinking little.',
    { says: 'absent' },
  ),
];

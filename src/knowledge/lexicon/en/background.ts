/**
 * The person's health background: conditions, history, pregnancy, recent events.
 */

import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const background: readonly LexEntry[] = [
  e(
    ['history_cancer'],
    [
      'cancer',
      'cancers',
      'tumour',
      'tumours',
      'malignant',
      'malignancy',
      'lymphoma',
      'leukaemia',
      'myeloma',
      'melanoma',
      'sarcoma',
      'carcinoma',
      'metastatic',
      'metastases',
      'mets',
      'radiotherapy',
      'oncologist',
      'oncology',
      // Clinical shorthand: "breast ca", "ca prostate" (a lone lower-case "ca" can be calcium or "circa").
      '(breast|prostate|lung|bowel|colon|colorectal|rectal|renal|kidney|ovarian|thyroid|pancreatic|bladder|cervical|oesophageal|gastric|skin) ca',
      'ca (breast|prostate|lung|bowel|colon|rectum|kidney|ovary|thyroid|pancreas|bladder|cervix|oesophagus|stomach)',
    ],
    'Cancer at any time, including treatment for it (chemotherapy, radiotherapy).',
  ),
  e(
    ['history_cancer'],
    [
      // Older people's and letters' "secondary deposits in my spine", "secondaries in the bones".
      '(secondary|secondaries) ~1 (deposit|deposits|tumour|tumours|cancer|cancers)',
      '(secondary|secondaries) in {my}? (spine|bones|bone|liver|lungs|lung|back)',
      'secondaries',
    ],
    // "Had a lump removed, no secondaries found": a spread ruled out presumes a first cancer, so the
    // denial says nothing of cancer had (it was read as no cancer, a wrong absent).
    'Secondaries (a cancer that has spread); none found does not deny a cancer.',
    { negated: 'none', overrides: ['history_cancer'] },
  ),
  e(
    ['history_cancer'],
    [
      "(no|never|not|haven't|hasn't|hadn't) ~3 (cancer|cancers|tumour|tumours) ~1 (except|apart from|other than|besides|aside from|bar|but for) ~3 (cancer|cancers|tumour|tumours|one|skin|prostate|breast|bowel|colon|lung|thyroid|cervical|cervix|bladder|kidney|testicular|ovarian|womb|melanoma|lymphoma|leukaemia|leukemia|myeloma|sarcoma|carcinoma|bcc|scc)",
    ],
    // The exception must name a cancer: "no cancer, except my back hurts" turns to something else.
    '"No cancer except prostate five years ago", "never had cancer apart from a skin one": the exception is a cancer had.',
  ),
  e(
    [],
    ['(except|apart from|other than|besides|aside from|bar|but for) (my|his|her|our|a)? {relative}'],
    '"No cancer except my dad had bowel cancer": the exception is a relative\'s cancer, not the teller\'s.',
    { overrides: ['history_cancer'] },
  ),
  e(
    ['history_cancer'],
    ['chemo', 'chemotherapy', 'on chemo'],
    // Its weakening of the immune system, which passes, is an entry of clinical-notes.ts dated within a year.
    'Chemotherapy is treatment for cancer.',
  ),
  e(
    ['immunosuppressed'],
    [
      'hiv',
      'immunosuppress*',
      'immune suppress*',
      'immunocompromised',
      'neutropenic',
      'neutropenia',
      'weak|weakened|low|poor|compromised|suppressed ~2 (immune system|immunity)',
      'methotrexate',
      'azathioprine',
      'tacrolimus',
      'ciclosporin',
      'cyclosporine',
      'mycophenolate',
      'biologic',
      'biologics',
      'adalimumab',
      'humira',
      'etanercept',
      'enbrel',
      'infliximab',
      'rituximab',
    ],
    'A weakened immune system: chemotherapy, HIV, an organ transplant, immune-suppressing medicines.',
  ),
  e(
    ['immunosuppressed'],
    ['transplant', 'transplanted', 'transplants'],
    // Said with its date ("a kidney transplant five years ago"), the transplant is still there, and so
    // are the medicines that keep it.
    'An organ transplant, however long ago: its medicines weaken the immune system for life.',
    { timeless: true },
  ),
  e(
    ['immunosuppressed', 'kidney_disease'],
    ['(kidney|renal) ~1 transplant|transplanted|transplants', 'transplanted kidney'],
    'A kidney transplant: kidney disease treated, not gone, and immune-suppressing medicines for life.',
    { timeless: true, overrides: ['immunosuppressed'] },
  ),
  e(
    [],
    [
      '(hair|fat|tooth|teeth|dental) transplant|transplants',
      '(waiting|wait|list|listed|assessed|assessment) ~3 transplant|transplants',
    ],
    'A hair transplant, or one not had yet, leaves the immune system as it was.',
    { overrides: ['immunosuppressed'] },
  ),
  e(
    [],
    [
      '(pneumonia|pneumococcal|chest infection|flu) (vaccine|vaccines|vaccination|jab|jabs|injection|shot|booster|immunisation)',
    ],
    // "Pneumonia vaccine last year": a jab to prevent it, not the infection.
    'A pneumonia jab is no infection.',
    { overrides: ['recent_infection_or_spinal_procedure'] },
  ),
  e(
    ['recent_infection_or_spinal_procedure'],
    [
      '(steroid|epidural|facet|nerve|nerve root) ~2 injection|injections ~4 {my}? spine|back|spinal|lumbar',
      'injection|injections ~3 in|into ~2 {my}? spine|back|lumbar',
      'spinal ~2 injection|surgery|operation|procedure|fusion|decompression',
      'back ~2 surgery|operation|op',
      '(surgery|operation|op|operated) on {my}? (spine|back|lower back|neck)',
      'epidural',
      // A spinal anaesthetic is a needle into the spine: "a c-section under a spinal".
      'spinal (block|anaesthetic|anesthetic|anaesthesia|anesthesia|anaesthetics)',
      '(under|had|with|given|having) (a|the) spinal $',
      '(under|had|with|given|having) (a|the) spinal (for|and|but|when|so|then|in|last|on)',
      'lumbar puncture',
      'discectomy',
      'microdiscectomy',
      'laminectomy',
      'spinal fusion',
      '(recent|recently|had|got over|treated for) ~3 infection|infections|uti|utis|cellulitis|abscess|sepsis',
      // Learners' English keeps the singular: "doctor gave her antibiotic for urine infection".
      'antibiotics|antibiotic|abx for ~3 infection|infections|uti|utis|cellulitis|abscess|chest|pneumonia',
      'cellulitis',
      'abscess',
      'sepsis',
      'septicaemia',
      'blood poisoning',
      // Notes' words for an infection in the blood or on a heart valve, which can seed the spine.
      'bacteraemia',
      'bacteremia',
      'endocarditis',
      // A pneumonia is an infection that can seed the blood, and the spine (its date decides recent).
      'pneumonia',
      'community acquired pneumonia',
      'chest infection',
      'infected ~3 wound|ulcer|cut|foot|leg',
    ],
    'A recent infection (urine, skin, blood) or a spinal injection or operation in the last 3 months.',
    { withinDays: 90 },
  ),
  e(
    ['recent_immobility_or_hospital'],
    [
      'in hospital',
      'hospital stay',
      'admitted ~3 hospital',
      'discharged ~2 from hospital',
      'operation',
      'surgery',
      // A caesarean is an operation and a hospital stay.
      '(caesarean|caesarian|cesarean|caesarean section|c section|csection)',
      'hip|knee|joint|shoulder replacement',
      'long ~2 (flight|flights|journey|drive|trip|coach trip|car journey|car ride|haul)',
      'flew|flown ~3 from|back|to|home',
      'flight from|to|back',
      'hour|hours ~1 flight|flights|drive|journey|coach',
      'coach trip',
      'bed rest',
      '(came|come|got|just) ~1 out of hospital',
      'in bed for ~3 days|week|weeks',
      'time in bed',
      'immobile',
      'plaster cast',
      'in plaster',
    ],
    'In the last month: a hospital stay, an operation, a long journey, or days mostly in bed.',
    { withinDays: 30 },
  ),
  e(
    ['tetanus_vaccine_not_up_to_date'],
    ['tetanus', 'tetanus ~2 jab|shot|booster|vaccine|vaccination|injection|jag|immunisation'],
    'A tetanus jab mentioned as had means vaccinated; not had, or not remembered, means not up to date (the question counts "not sure" as not up to date).',
    { says: 'absent', negated: 'present', hedged: 'present' },
  ),
  e(
    ['tetanus_vaccine_not_up_to_date'],
    [
      'tetanus ~6 since i was ~2 (at school|a child|a kid|young|little|a teenager|a baby)',
      // A note's "last tetanus booster at school", "tetanus as a child": a childhood dose, long out of date.
      'tetanus ~4 (at|in) (school|childhood|primary school|secondary school)',
      'tetanus ~4 as a (child|kid|teenager|baby|boy|girl)',
      "tetanus ~4 (can't remember|don't know|not sure|no idea)",
      'tetanus ~4 (not up to date|out of date|overdue)',
      // A note's "tetanus status unknown": not knowing counts as not up to date.
      'tetanus ~3 (unknown|uncertain|unclear|not known)',
    ],
    'No tetanus jab since childhood, or not knowing when, means not up to date.',
    { negated: 'present', hedged: 'present' },
  ),
  e(
    ['tetanus_vaccine_not_up_to_date'],
    ['tetanus ~5 #c years ago', 'tetanus ~5 in #'],
    'A tetanus booster 10 or more years ago is not up to date; less than 10 years ago is.',
    { number: { present: { gte: 10, lt: 200 }, absent: { lt: 10 } } },
  ),
  e(
    ['osteoporosis'],
    [
      'osteoporosis',
      'osteoporotic',
      'osteopenia',
      'thin|brittle|weak|fragile|thinning bones',
      'bones (are|is)? ~1 (thin|brittle|fragile|thinning)',
      'alendronic acid',
      'alendronate',
      'fosamax',
      'risedronate',
      'actonel',
      'ibandronate',
      'zoledronic acid',
      'denosumab',
      'prolia',
      'low bone density',
      'bone density ~3 low',
    ],
    'Known osteoporosis or thin bones, including its treatments (alendronic acid, denosumab).',
  ),
  e(
    [],
    ['pre diabetes', 'prediabetes', 'pre diabetic', 'prediabetic', 'borderline diabetes|diabetic'],
    'Pre-diabetes is not diabetes.',
    { overrides: ['diabetes'] },
  ),
  e(
    ['diabetes'],
    [
      'diabetes',
      'diabetic',
      'metformin',
      'insulin',
      'gliclazide',
      'sitagliptin',
      'empagliflozin',
      'dapagliflozin',
      'sugar diabetes',
      // South Asian and West African English call diabetes "sugar": "sugar patient", "BP and sugar",
      // "having sugar since 10 years" (never a bare "sugar": "sugar in my tea").
      'sugar (patient|problem|disease|tablet|tablets|medicine|medicines|level high|levels high)',
      'the sugar disease',
      '(have|having|has|had) sugar (since|for|from|problem|disease)',
      // "I have high sugar", "she's got high sugars".
      '(have|having|has|had|got) (high|raised) (blood)? (sugar|sugars)',
      'bp|pressure|hypertension|thyroid (and|&) sugar',
      'sugar (and|&) bp|pressure|hypertension|thyroid',
      'glycomet',
      'glucophage',
      'glimepiride',
      'amaryl',
      'januvia',
      'janumet',
      'vildagliptin',
      'galvus',
    ],
    'Diabetes, including its treatments (metformin, insulin, gliclazide).',
  ),
  e(
    [],
    [
      '(check|checked|checks|checking|test|tested|tests|testing|measure|measured|measuring|did|done) ~3 (bp|pressure|sugar|sugars) (and|&) (sugar|sugars|bp|pressure|thyroid|diabetes)',
      '(bp|pressure|sugar|sugars) (and|&) (sugar|sugars|bp|pressure|thyroid) (check|checked|checks|test|tested|tests|measured|done)',
    ],
    'A check of "BP and sugar" says nothing of having either.',
    { overrides: ['diabetes', 'high_blood_pressure'] },
  ),
  e(
    ['kidney_disease'],
    [
      'kidney ~2 disease|failure|impairment',
      'chronic kidney',
      'renal ~2 failure|impairment|disease',
      'kidney function ~3 poor|bad|low|reduced',
      'dialysis',
      'bad kidneys',
      'kidneys ~3 (not working|failing|damaged|weak)',
    ],
    'Kidney disease (chronic kidney disease, kidney failure, dialysis).',
  ),
  e(
    ['heart_disease'],
    [
      'heart ~2 disease|failure|attack|attacks|condition|problem|problems|trouble|bypass|surgery|valve|murmur',
      'angina',
      'stent',
      'stents',
      'bypass',
      'atrial fibrillation',
      'afib',
      'a fib',
      'for|have|has|with|diagnosed ~3 irregular (heartbeat|heart beat|heart rhythm)',
      'pacemaker',
      'cardiomyopathy',
      'stroke',
      'mini stroke',
      'ischaemic heart disease',
      'coronary',
      'for {my} heart',
    ],
    'Heart disease, heart failure, atrial fibrillation, or a past heart attack or stroke.',
    { overrides: ['palpitations'] },
  ),
  e(
    [],
    ['pressure (sore|sores|ulcer|ulcers|area|areas|point|points|stocking|stockings|mattress|cushion)'],
    'Pressure sores and pressure stockings are of the skin and the veins, not the blood pressure.',
    { overrides: ['high_blood_pressure'] },
  ),
  e(
    ['high_blood_pressure'],
    [
      'high blood pressure',
      'high bp',
      'hypertension',
      'hypertensive',
      'blood pressure ~3 tablets|tablet|pills|medicine|medication',
      'for {my}? (blood pressure|bp)',
      'bp ~2 high|raised',
      'blood pressure ~2 is|was|runs? high|raised',
      'amlodipine',
      // "BP patient", "taking tablet for BP", learners' "the pill for the pressure".
      '(bp|hypertension|pressure) patient',
      'bp (and|&) sugar|diabetes|thyroid',
      '(tablet|tablets|pill|pills|medicine|medicines|medication|drugs) for (the|my|his|her)? (bp|pressure|hypertension)',
    ],
    'High blood pressure, including tablets taken for it.',
  ),
  e(
    ['liver_disease'],
    ['liver ~2 disease|failure|problems|damage|cirrhosis', 'cirrhosis', 'hepatitis', 'fatty liver'],
    'Liver disease (cirrhosis, hepatitis, fatty liver).',
  ),
  e(
    ['stomach_ulcer_history'],
    [
      'stomach|peptic|duodenal|gastric ~1 ulcer|ulcers',
      'bleeding ulcer',
      'gi bleed',
      'bleed* from ~2 {my}? stomach',
      'stomach bleed',
    ],
    'A stomach ulcer or bleeding from the stomach in the past.',
  ),
  e(
    ['stomach_ulcer_history'],
    ['ulcer', 'ulcers'],
    // "I had an ulcer in 2015", told beside painkillers: most likely the stomach's, so asked; "no ulcers"
    // may be of the feet, so it denies nothing.
    'An ulcer not placed is asked about, never denied.',
    { says: 'vague', negated: 'none' },
  ),
  e(
    [],
    [
      '(leg|legs|foot|feet|mouth|venous|diabetic|corneal|skin|toe|heel|ankle) (ulcer|ulcers)',
      'ulcer|ulcers on ~2 {my}? (leg|legs|foot|feet|toe|toes|heel|ankle|skin|tongue|lip|gum|gums)',
    ],
    'An ulcer of the skin, a leg or the mouth is not a stomach ulcer.',
    { overrides: ['stomach_ulcer_history'] },
  ),
  e(
    ['poor_circulation_raynaud'],
    [
      'poor|bad ~2 circulation',
      'circulation ~3 poor|bad|problems',
      'peripheral ~2 arterial|artery|vascular ~1 disease',
      'raynaud*',
      'blocked arteries ~3 legs',
    ],
    "Known poor circulation in the legs, peripheral artery disease, or Raynaud's.",
  ),
  e([], ['brain aneurysm', 'cerebral aneurysm'], 'An aneurysm in the brain is not an aortic aneurysm.', {
    overrides: ['known_aortic_aneurysm'],
  }),
  e(
    ['known_aortic_aneurysm'],
    [
      'aortic aneurysm',
      'aneurysm',
      'aaa',
      'swelling ~3 (main artery|aorta)',
      'swollen ~2 (main artery|aorta)',
      'bulge ~3 (aorta|main artery)',
      'enlarged|widened|dilated ~1 aorta',
      'main artery ~4 swelling|swollen|bulge|enlarged|widened',
      // "A scan said my main artery was 'a bit wide'".
      '(main artery|aorta) (was|is|were|looked|looks|being)? (\'|")? (a bit|a little|slightly|quite|too|rather)? (wide|wider|widened|big|bigger|large|larger|stretched|baggy)',
    ],
    'A known aortic aneurysm (a swelling of the main artery in the tummy).',
  ),
  e(
    ['smoker'],
    [
      'smoke',
      'smoker',
      'smokes',
      'smoking',
      'smoked',
      'cigarettes',
      'cigarette',
      'cigs',
      'fags',
      'pack a day',
      'roll ups',
    ],
    'Smokes now, or smoked for many years.',
  ),
  e(
    ['smoker'],
    [
      'non smoker',
      'nonsmoker',
      'never smoked',
      // Said with its own "not", a statement of its own: "I don't smoke, fever of 39" says the fever.
      "(don't|do not|doesn't|does not|never|not a) smoke|smoker",
    ],
    'A non-smoker plainly does not smoke.',
    {
      says: 'absent',
      // "Non-smoker" holds the word "smoker": the denial wins over it.
      overrides: ['smoker'],
    },
  ),
  e(
    ['smoker'],
    [
      'ex smoker',
      'ex smokers',
      '(quit|quitting|gave up|given up|give up|stopped) ~2 smoking|cigarettes|cigs|fags',
      'used to smoke',
      'former smoker',
      "(don't|do not|doesn't|does not|no longer|not a) smoke|smoker ~1 (any more|anymore)",
      'no longer smoke|smokes|smoking',
    ],
    // An ex-smoker's risk of an aortic aneurysm is raised as a smoker's is (clinical.md §1, row 5:
    // "smoker or ex-smoker"), so having smoked is the finding, however long ago it stopped.
    'Having smoked at any time, given up since, still counts: an aneurysm risk that stays.',
    { overrides: ['smoker'] },
  ),
  e(
    ['high_cholesterol'],
    [
      'high cholesterol',
      'cholesterol ~3 high|raised|up',
      'for {my}? cholesterol',
      'hypercholesterolaemia',
      'hyperlipidaemia',
    ],
    'High cholesterol.',
  ),
  e(
    ['previous_kidney_stones'],
    [
      'had ~3 kidney|renal ~1 stone|stones',
      'keep|keeps|kept ~1 getting|having ~2 kidney|renal ~1 stone|stones',
      'prone to ~2 kidney|renal ~1 stone|stones',
      'kidney|renal ~1 stone|stones ~4 (before|ago|in the past|last year|previously|earlier|in past|years back|long back)',
      'history of ~2 kidney|renal ~1 stone|stones',
      'previous ~2 kidney|renal ~1 stone|stones',
      '(previous|past|history of) ~2 renal colic',
      'renal colic ~4 (before|ago|in the past|previously)',
      'renal colic ~2 in? #',
      // A stone had or passed, at a time gone by, is a kidney stone in lay speech ("had a stone 2 years
      // ago"); a stone lost or put on is weight, and a gallstone is named.
      'had|passed (a|the)? stone|stones ~3 (before|ago|in the past|last year|previously|years back)',
      'passed (a|the)? stone|stones',
    ],
    'Has had kidney stones (renal colic) before; an earlier colic is not the pain of now.',
    { overrides: ['pain_colicky_waves'] },
  ),
  e(
    ['previous_kidney_stones'],
    [
      '(my|the|those|these) (kidney|renal) (stone|stones) ~1 (again|back|come back|are back|is back|playing up again)',
    ],
    // "Is it my kidney stones again??": the question is of now; "again" says they were had before, so a
    // hedge or a question leaves that said.
    'Kidney stones "again" or "back" were had before, even asked as a question.',
    { hedged: 'present' },
  ),
  e(
    ['previous_kidney_stones'],
    ['kidney stone', 'kidney stones'],
    'A kidney stone mentioned without when may be a guess about now; "never had kidney stones" is a plain denial.',
    { says: 'vague' },
  ),
  e(
    ['pregnant'],
    [
      'pregnant',
      'pregnancy',
      'expecting ~2 a baby',
      "i'm expecting",
      'trimester',
      'weeks gestation',
      'primigravida',
      'multigravida',
      'gravid',
      // Texted: "im preggo with number 3", "preggers".
      'preggo',
      'preggers',
      'preggy',
    ],
    'Is pregnant.',
    { sex: 'female' },
  ),
  e(
    [],
    [
      "(i'm|i am|im) (about|nearly|almost|over|just)? #c weeks (now|today|so far)? (since|after|post|out|from|into|clean|sober|off|on|of)",
    ],
    '"I\'m 21 weeks now since the op", "I\'m 26 weeks sober": weeks counted from something else, not a pregnancy.',
    { overrides: ['pregnant', 'pregnant_over_20_weeks'] },
  ),
  e(
    ['pregnant', 'pregnant_over_20_weeks'],
    [
      "(i'm|i am|im) (about|nearly|almost|over|just)? #c weeks (gone|along)? $",
      "(i'm|i am|im) (about|nearly|almost|over|just)? #c weeks (gone|along)? (and|,|with|now|today|but|so)",
      '#c weeks gone',
    ],
    'A woman who says she is "35 weeks" or "35 weeks gone" is telling how far her pregnancy is; read only from 20 weeks, where no other meaning is likely.',
    { number: { present: { gte: 20, lte: 42 } }, sex: 'female' },
  ),
  e(['pregnant'], ['pregnancy test'], 'A pregnancy test that was negative plainly means not pregnant.', {
    says: 'vague',
    affirmed: 'none',
    sex: 'female',
  }),
  e(
    ['pregnant_over_20_weeks'],
    [
      '#c weeks pregnant|gestation|along',
      'pregnant ,? #c weeks',
      'pregnant ,? (at|about|nearly|almost|over) #c weeks',
    ],
    'More than 20 weeks pregnant (from 20 weeks, as the case authors count it); fewer weeks is not.',
    { number: { present: { gte: 20, lte: 45 }, absent: { lt: 20 } }, sex: 'female' },
  ),
  e(
    ['pregnant_over_20_weeks'],
    ['at #c weeks', '#c / 40'],
    'In a pregnancy, "at 34 weeks" or the notes\' "34/40" is how far along it is.',
    {
      number: { present: { gte: 20, lte: 45 }, absent: { lt: 20 } },
      sex: 'female',
      requires: ['pregnant'],
    },
  ),
  e(
    ['pregnant_over_20_weeks'],
    // Learners' English drops the plural: "my wife is 7 month pregnant".
    ['#c months|month pregnant'],
    'Five or more months pregnant is over 20 weeks; under four months is not.',
    {
      number: { present: { gte: 5, lte: 10 }, absent: { lt: 4 }, unknown: { gte: 4, lt: 5 } },
      sex: 'female',
    },
  ),
  e(
    ['pregnant', 'pregnant_over_20_weeks'],
    ["(i'm|i am|im|she's|she is) #c months gone"],
    '"I\'m 6 months gone": pregnant, and from five months over 20 weeks.',
    { number: { present: { gte: 5, lte: 10 } }, sex: 'female' },
  ),
  e(['pregnant_over_20_weeks'], ['third trimester'], 'The third trimester is after 27 weeks.', {
    sex: 'female',
  }),
  e(['pregnant_over_20_weeks'], ['first trimester'], 'The first trimester is before 13 weeks.', {
    says: 'absent',
    sex: 'female',
  }),
  e(
    [],
    [
      '(calf|calves|leg|legs|foot|feet|toe|toes|thigh|thighs|hip|hips|hand|hands) (cramp|cramps|cramping|ache|aches|aching) ~6 every ~3 (min|mins|minute|minutes)',
      // Only an ache or a twinge: "pains" or "tightenings every 5 minutes when I walk" may still be labour.
      '(ache|aches|aching|hurts|twinge|twinges) every ~3 (min|mins|minute|minutes) (or so)? (when|whenever|if|as|while) (i|she)? (walk|walking|stand|standing|move|moving|bend|bending|sit|sitting|turn|turning|lift|lifting|get up|getting up)',
    ],
    // "Calf cramps every few minutes at night", "my back aches every few minutes when I stand at work":
    // a limb's cramp, or a pain each time something is done, not the womb's clock.
    "A limb's cramp or a pain brought on by moving, every few minutes, is no contraction.",
    { overrides: ['pregnancy_bleeding_or_contractions'] },
  ),
  e(
    ['pregnancy_bleeding_or_contractions'],
    [
      'bleeding',
      'spotting',
      'bled',
      'contractions',
      'tightenings',
      '{tummy}|womb|uterus|bump ~3 tighten*',
      // "My tummy goes tight", "my bump gets hard" (only in pregnancy: the entry requires it).
      '{tummy}|womb|uterus|bump (goes|going|gets|getting|went|go|has gone) ~1 (tight|hard)',
      'tighten* ~4 every ~3 minutes',
      // "Period type pains in my back every 5 mins", "cramps every 10 minutes": pains on a clock in
      // pregnancy are contractions.
      '(pain|pains|cramp|cramps|cramping|period type|period like|ache|aches) ~6 every ~3 (min|mins|minute|minutes)',
      'gush ~2 (fluid|water|liquid|waters)',
      'every ~3 minutes ~3 tighten*',
      'fluid ~4 leak*|trickl*|from {my}? vagina',
      'trickle of ~2 fluid',
      // "A show" is the plug of mucus, often bloody, that comes away as labour starts.
      '(had|having|have|has|lost|losing) ~4 show',
      'show ~3 blood',
      'leaking fluid',
      // "Water is coming out from her private part": the waters, said plainly.
      '(water|waters|fluid|liquid) ~3 (coming|come|came|leaking|leak|leaks|running|trickling|dripping|pouring) ~2 (out|from|down) ~3 (private part|private parts|privates|vagina|down below|front passage)',
      'waters (are|is|have been|were)? (leaking|trickling|dripping)',
    ],
    'In pregnancy: bleeding, tightenings or contractions, or fluid leaking. A denial of one of these does not deny the others.',
    {
      requires: ['pregnant'],
      negated: 'none',
      sex: 'female',
      overrides: ['muscle_knot_tight', 'abnormal_vaginal_discharge_or_bleeding'],
    },
  ),
  e(
    ['pregnant', 'pregnancy_bleeding_or_contractions'],
    ['waters ~2 broke|broken|breaking|gone', 'contractions ~3 every ~3 minutes'],
    'Waters breaking, or contractions minutes apart, happen only in pregnancy: it says so without the word.',
    { negated: 'none', sex: 'female', overrides: ['muscle_knot_tight'] },
  ),
  e(
    [],
    ['period type|like ~1 cramp*|pain|pains', 'like period pain|pains|cramps'],
    '"Period-type cramps" describes a pain, not a period.',
    { overrides: ['period_related_pain'] },
  ),
  e(
    ['period_related_pain'],
    [
      '{pain} ~6 (period|periods|menstrual|menstruation|time of the month)',
      'period|periods ~6 {pain}',
      'period pain|pains',
      'dysmenorrhoea',
      'my period ~4 started|starts|came|comes',
      'with ~2 my period',
      'when my period',
      // "Every month when I get my period my back kills", "whenever I'm on my period".
      "(when|whenever|every time|each time|during|before) (i|i'm|i am)? (get|have|start|on|am on|come on)? my (period|periods)",
    ],
    'The pain comes with menstrual periods.',
    { sex: 'female' },
  ),
  e([], ['discharged ~2 from', 'been discharged'], 'Being discharged from hospital is not a discharge.', {
    overrides: ['abnormal_vaginal_discharge_or_bleeding'],
  }),
  e(
    ['abnormal_vaginal_discharge_or_bleeding'],
    [
      'discharge',
      'bleeding|bled|spotting|bleed ~3 (between periods|after sex|after intercourse|in between)',
      'unusual|abnormal|smelly|different ~3 discharge',
      'postcoital bleeding',
      'intermenstrual',
    ],
    'Unusual vaginal discharge, or bleeding between periods or after sex.',
    { sex: 'female', unless: ['pregnant'] },
  ),
  e(
    ['neck_thyroid_surgery'],
    [
      'thyroid ~4 out|removed|surgery|operation|op',
      'thyroidectomy',
      'parathyroid ~2 surgery|operation|removed',
      'neck ~2 surgery|operation',
    ],
    'Has had thyroid or neck surgery.',
  ),
  e(
    ['previous_similar_diagnosis_sciatica'],
    [
      'told|diagnosed|said|says|confirmed|showed|shows ~8 (sciatica|slipped disc|disc|discs|herniated|herniation|prolapse|prolapsed|bulging|trapped nerve)',
      'injection|injections|physio|physiotherapy|surgery|operation ~6 for ~2 {my}? sciatica|disc',
      'history of ~2 (sciatica|slipped disc)',
      'previous|previously ~2 (sciatica|slipped disc)',
      'had ~2 sciatica ~6 before|ago|years',
      'herniated|slipped|prolapsed|bulging|ruptured ~1 disc|discs',
      'disc herniation|prolapse|bulge',
    ],
    'A clinician has said before that the pain is sciatica or a slipped disc (or treated it as such).',
  ),
];

/**
 * Medicines by generic and brand name (UK, US, EU), mapped to the medicine findings. Brand names are
 * those on the packs people have at home; combination products count for each medicine in them.
 */
import type { FindingId } from '../../../contract/ids.ts';
import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

const NSAIDS = [
  'ibuprofen',
  'nurofen',
  'advil',
  'motrin',
  'brufen',
  'nuprin',
  'naproxen',
  'naprosyn',
  'aleve',
  'diclofenac',
  'voltarol',
  'voltaren',
  'arthrotec',
  'cataflam',
  'meloxicam',
  'mobic',
  'celecoxib',
  'celebrex',
  'etoricoxib',
  'arcoxia',
  'indometacin',
  'ketoprofen',
  'mefenamic acid',
  'ponstan',
  'nabumetone',
  'piroxicam',
  'etodolac',
  'ketorolac',
  'toradol',
  // Brands sold in India, Pakistan and Nigeria: aceclofenac (Zerodol, Hifenac), diclofenac (Voveran,
  // Dynapar, Olfen), piroxicam (Felvin, Feldene), nimesulide (Nimulid), etoricoxib (Etoshine).
  'aceclofenac',
  'zerodol',
  'hifenac',
  'voveran',
  'dynapar',
  'olfen',
  'felvin',
  'feldene',
  'nimesulide',
  'nimulid',
  'etoshine',
  // Eastern Europe: ketoprofen (Ketonal), nimesulide (Nimesil).
  'ketonal',
  'nimesil',
  'aspirin',
  'anadin',
  'nsaid',
  'nsaids',
  'anti inflammatory',
  'anti inflammatories',
  'antiinflammatory',
  'antiinflammatories',
];
const ANTICOAGULANTS = [
  'warfarin',
  'coumadin',
  'jantoven',
  'marevan',
  'apixaban',
  'eliquis',
  'rivaroxaban',
  'xarelto',
  'edoxaban',
  'lixiana',
  'savaysa',
  'dabigatran',
  'pradaxa',
  'clopidogrel',
  'plavix',
  'ticagrelor',
  'brilinta',
  'brilique',
  'prasugrel',
  'efient',
  'heparin',
  'enoxaparin',
  'clexane',
  'lovenox',
  'dalteparin',
  'fragmin',
  'tinzaparin',
  'dipyridamole',
  // Acenocoumarol (Sintrom, Acitrom), clopidogrel (Clopilet, Deplatt) and low-dose aspirin (Ecosprin)
  // as sold in India and Pakistan.
  'acenocoumarol',
  'sintrom',
  'acitrom',
  'clopilet',
  'deplatt',
  'ecosprin',
  'blood thinner',
  'blood thinners',
  'blood thinning',
  'anticoagulant',
  'anticoagulants',
  'antiplatelet',
  'antiplatelets',
  'thin my blood',
  'thins my blood',
  'thin her blood',
  'thin his blood',
  'low dose aspirin',
  'baby aspirin',
  'aspirin 75',
  'aspirin 81',
  '75 mg aspirin',
  '75mg aspirin',
  // A note's "anticoagulated", "on anticoagulation".
  'anticoagulated',
  'anticoagulation',
];
const DIURETICS = [
  'bendroflumethiazide',
  'bendrofluazide',
  'indapamide',
  'hydrochlorothiazide',
  'hctz',
  'chlortalidone',
  'metolazone',
  'furosemide',
  'lasix',
  'bumetanide',
  'burinex',
  'torasemide',
  'torsemide',
  'water tablet',
  'water tablets',
  'water pill',
  'water pills',
  'diuretic',
  'diuretics',
];
const POTASSIUM_SPARING = ['spironolactone', 'aldactone', 'amiloride', 'eplerenone', 'inspra', 'triamterene'];
const STATINS = [
  'atorvastatin',
  'lipitor',
  'simvastatin',
  'zocor',
  'rosuvastatin',
  'crestor',
  'pravastatin',
  'fluvastatin',
  'pitavastatin',
  'statin',
  'statins',
];
const LABA = [
  'salmeterol',
  'formoterol',
  'eformoterol',
  'vilanterol',
  'olodaterol',
  'indacaterol',
  'seretide',
  'advair',
  'symbicort',
  'fostair',
  'relvar',
  'breo',
  'dulera',
  'flutiform',
  'duoresp',
  'long acting inhaler',
  'laba',
];
const PPIS = [
  'omeprazole',
  'losec',
  'prilosec',
  'lansoprazole',
  'zoton',
  'prevacid',
  'esomeprazole',
  'nexium',
  'pantoprazole',
  'protonix',
  'rabeprazole',
  'pariet',
  // India and Pakistan: pantoprazole (Pan 40, Pantocid, Pantop), omeprazole (Omez), rabeprazole (Rablet),
  // esomeprazole (Nexpro); "pan" only with its dose or letter, as a bare "pan" is a cooking pan.
  'pan 40',
  'pan d',
  'pan dsr',
  'pantocid',
  'pantop',
  'omez',
  'rablet',
  'nexpro',
  'ppi',
  'ppis',
  'stomach acid tablet',
  'stomach acid tablets',
  'acid tablets',
];
const MUSCLE_RELAXANTS = [
  'diazepam',
  'valium',
  'cyclobenzaprine',
  'flexeril',
  'methocarbamol',
  'robaxin',
  'baclofen',
  'lioresal',
  'tizanidine',
  'zanaflex',
  'carisoprodol',
  'orphenadrine',
  'metaxalone',
  'skelaxin',
  'muscle relaxant',
  'muscle relaxants',
  'muscle relaxer',
  'muscle relaxers',
];
const OPIOIDS_AND_SEDATIVES = [
  'codeine',
  'dihydrocodeine',
  'tramadol',
  'zydol',
  'morphine',
  'oramorph',
  'zomorph',
  'oxycodone',
  'oxycontin',
  'oxynorm',
  'fentanyl',
  'buprenorphine',
  'butrans',
  'tapentadol',
  'palexia',
  'hydrocodone',
  // Australia: Endone (oxycodone), Targin (oxycodone with naloxone).
  'endone',
  'targin',
  'hydromorphone',
  'dilaudid',
  'methadone',
  'pethidine',
  'opioid',
  'opioids',
  'opiate',
  'opiates',
  'zopiclone',
  'zolpidem',
  'temazepam',
  'nitrazepam',
  'lorazepam',
  'sleeping tablet',
  'sleeping tablets',
  'sleeping pill',
  'sleeping pills',
  'promethazine',
  'phenergan',
  // Over-the-counter sleeping tablets: sedating antihistamines (diphenhydramine, doxylamine).
  'diphenhydramine',
  'nytol',
  'sominex',
  'zzzquil',
  'unisom',
  'doxylamine',
  // Nerve-pain medicines that sedate, and add to an opioid's effect on breathing.
  'gabapentin',
  'neurontin',
  'pregabalin',
  'lyrica',
  'amitriptyline',
  'nortriptyline',
];
/** Paracetamol on its own, by its plain names. */
const PARACETAMOL_ALONE = [
  'paracetamol',
  'panadol',
  // India, Pakistan and Nigeria: Crocin, Dolo, Calpol, Emzor paracetamol, Pacimol.
  'crocin',
  'dolo',
  'pacimol',
  'calpol',
];
/** Cold and flu remedies, which hold paracetamol among other things. */
const PARACETAMOL_REMEDIES = [
  'lemsip',
  'beechams',
  'night nurse',
  'dayquil',
  'nyquil',
  'cold and flu',
  'cold remedy',
  'flu remedy',
  'cold and flu remedy',
];
const PARACETAMOL = [...PARACETAMOL_ALONE, 'dolo 650', ...PARACETAMOL_REMEDIES];
/** Paracetamol with an opioid (codeine, dihydrocodeine, tramadol, hydrocodone, oxycodone). */
const PARACETAMOL_WITH_OPIOID = [
  'co codamol',
  'cocodamol',
  'co dydramol',
  'solpadeine',
  'kapake',
  'zapain',
  'tramacet',
  'ultracet',
  'solpadol',
  // US: hydrocodone or oxycodone with acetaminophen; Australia: Panadeine (paracetamol with codeine).
  'norco',
  'vicodin',
  'percocet',
  'lortab',
  'endocet',
  'panadeine',
  'panadeine forte',
];
/**
 * Products that hold paracetamol among other things (cold remedies, paracetamol with an opioid), which
 * people take beside plain paracetamol without knowing.
 */
const PARACETAMOL_MIXED = [...PARACETAMOL_REMEDIES, ...PARACETAMOL_WITH_OPIOID];
const PARACETAMOL_ANY = [...PARACETAMOL_ALONE, ...PARACETAMOL_MIXED].join('|');
/** Products that combine two medicines, each counting for both. */
const COMBINATIONS: readonly { ids: FindingId[]; names: string[]; meaning: string }[] = [
  {
    ids: ['med_paracetamol', 'med_opioid_or_sedative'],
    names: PARACETAMOL_WITH_OPIOID,
    meaning:
      'Co-codamol, co-dydramol and their brands combine paracetamol with an opioid (codeine, dihydrocodeine, tramadol).',
  },
  {
    // "Tylenol" is read as paracetamol before matching, so "Tylenol PM" arrives as "paracetamol pm".
    ids: ['med_paracetamol', 'med_opioid_or_sedative'],
    names: ['paracetamol pm', 'tylenol pm', 'excedrin pm', 'panadol night', 'anadin night'],
    meaning:
      'These night-time painkillers combine paracetamol with a sedating antihistamine (diphenhydramine), a sleeping tablet.',
  },
  {
    ids: ['med_nsaid', 'med_opioid_or_sedative'],
    names: ['advil pm', 'motrin pm', 'aleve pm'],
    meaning:
      'These night-time painkillers combine an anti-inflammatory with a sedating antihistamine, a sleeping tablet.',
  },
  {
    ids: ['med_nsaid', 'med_opioid_or_sedative'],
    names: ['nurofen plus', 'co codaprin'],
    meaning: 'These combine an anti-inflammatory (ibuprofen, aspirin) with codeine.',
  },
  {
    ids: ['med_paracetamol', 'med_nsaid'],
    names: ['anadin extra', 'excedrin'],
    meaning: 'These combine paracetamol with aspirin.',
  },
  {
    ids: ['med_paracetamol', 'med_nsaid'],
    names: ['combiflam', 'nuromol', 'ibugesic plus', 'zerodol p', 'zerodol sp', 'hifenac p'],
    meaning:
      'These combine paracetamol with an anti-inflammatory: ibuprofen (Combiflam, Nuromol, Ibugesic Plus) or aceclofenac (Zerodol-P, Zerodol-SP, Hifenac-P).',
  },
  {
    ids: ['med_diuretic', 'med_potassium_sparing_diuretic'],
    names: ['co amilofruse', 'frumil', 'co amilozide', 'moduretic'],
    meaning: 'These combine a loop or thiazide diuretic with amiloride.',
  },
  {
    ids: ['med_statin', 'high_cholesterol'],
    names: [
      'cholesterol tablet',
      'cholesterol tablets',
      'cholesterol pill',
      'cholesterol pills',
      'cholesterol medicine',
      'cholesterol medication',
    ],
    meaning: 'A tablet for cholesterol is a statin (or like one), taken because the cholesterol is high.',
  },
];

const OTHER_MEDICINES = [
  'digoxin',
  'lanoxin',
  'ramipril',
  'lisinopril',
  'losartan',
  'prednisolone',
  'prednisone',
  'insulin',
  'metformin',
];

const ALL_MEDICINES = [
  ...new Set([
    ...NSAIDS,
    ...ANTICOAGULANTS,
    ...DIURETICS,
    ...POTASSIUM_SPARING,
    ...STATINS,
    ...LABA,
    ...PPIS,
    ...MUSCLE_RELAXANTS,
    ...OPIOIDS_AND_SEDATIVES,
    ...PARACETAMOL,
    ...COMBINATIONS.flatMap((c) => c.names),
    ...OTHER_MEDICINES,
  ]),
];

/** The medicine class used by "a medicine was started or changed" (also in words.ts `classes`). */
export const medicineClass: Readonly<Record<string, readonly string[]>> = {
  medicine: [
    ...ALL_MEDICINES,
    '*pril',
    '*sartan',
    '*statin',
    'tablet',
    'tablets',
    'pill',
    'pills',
    'medicine',
    'medication',
    'dose',
    'inhaler',
  ],
};

const MED_IDS: FindingId[] = [
  'med_diuretic',
  'med_potassium_sparing_diuretic',
  'med_statin',
  'med_laba_inhaler',
  'med_ppi_long_term',
  'med_muscle_relaxant',
  'med_nsaid',
  'med_paracetamol',
  'med_anticoagulant',
  'med_ace_arb',
  'med_opioid_or_sedative',
  'med_steroid_long_term',
  'med_digoxin',
  'supplement_magnesium_zinc_potassium',
];

export const medicines: readonly LexEntry[] = [
  e(
    [],
    ['prednisolone forte', 'prednisolone ~1 (eye drops|drops|eyedrops|ear drops|suppositories|enema|foam)'],
    // Notes write prednisolone "pred": "Pred Forte" and steroid drops act on the eye, not the body.
    'Steroid eye drops, ear drops or a rectal steroid are not steroid tablets.',
    { overrides: ['med_steroid_long_term'] },
  ),
  e(
    [],
    [
      'plan :? (to)? (start|commence|begin|trial|trial of|try|add|prescribe|give|offer|consider|short course of|course of|regular)? (oral|po|prn|regular)? {medicine}',
      // And the list it opens: "Plan: codeine and paracetamol", "start naproxen + PPI".
      'plan :? (to)? (start|commence|begin|trial|trial of|try|add|prescribe|give|offer|consider|short course of|course of|regular)? (oral|po|prn|regular)? {medicine} (and|,|+|&|plus|with) {medicine}',
      'plan :? (to)? (start|commence|begin|trial|trial of|try|add|prescribe|give|offer|consider|short course of|course of|regular)? (oral|po|prn|regular)? {medicine} (and|,|+|&|plus|with) {medicine} (and|,|+|&|plus|with) {medicine}',
      // With its doses: "P: naproxen 500mg bd, diazepam 2mg tds 3/7".
      'plan : (start|commence|begin|trial|trial of|try|add|prescribe|give|offer)? {medicine} ~4 (and|,|+|&|plus) {medicine}',
      'plan : (start|commence|begin|trial|trial of|try|add|prescribe|give|offer)? {medicine} ~4 (and|,|+|&|plus) {medicine} ~4 (and|,|+|&|plus) {medicine}',
    ],
    // "Plan: NSAIDs", "Plan: start naproxen": a medicine to come, not one taken ("Plan: continue
    // apixaban" names one taken, and is left alone).
    "A medicine in a note's plan is not taken yet, nor started.",
    { overrides: [...MED_IDS, 'med_new_in_last_months'] },
  ),
  e(
    [],
    [
      'ibuprofen|nurofen|voltarol|voltaren|diclofenac|naproxen|ketoprofen|piroxicam|nsaid ~1 gel|gels|cream|spray|patch|patches|rub',
      'allergic to ~3 (ibuprofen|nurofen|aspirin|naproxen|nsaids|anti inflammatories|diclofenac|codeine|paracetamol|penicillin)',
    ],
    'An anti-inflammatory gel or cream is not taken by mouth, and a medicine someone is allergic to is one they do not take.',
    { overrides: ['med_nsaid', 'med_paracetamol', 'med_opioid_or_sedative'] },
  ),
  e(
    [],
    [
      'pain|painkilling ~1 meds|medication|medications|medicine|medicines|tablets|pills|relief|killers',
      'painkillers|painkiller|analgesics|analgesia',
    ],
    '"No pain meds" speaks of painkillers only, not of every medicine.',
    { overrides: MED_IDS },
  ),
  e(
    MED_IDS,
    [
      "(not on any|not taking any|don't take any|do not take any|never take any|no) ~1 regular|other|prescribed? medication|medications|medicines|medicine|tablets|pills|meds",
      'no regular ~1 medication|medications|medicines|tablets',
      'no medications|meds',
      // A note's "Meds: nil", "DHx: none".
      'meds|medications|medication|medicines|dhx :? nil|none|nkm',
    ],
    'Saying one takes no medicines plainly denies each medicine.',
    { says: 'absent', negated: 'none' },
  ),
  e(
    ['med_nsaid'],
    NSAIDS,
    'An anti-inflammatory painkiller by mouth: ibuprofen (Nurofen, Advil, Motrin), naproxen (Aleve), diclofenac, aspirin at pain-relief doses.',
  ),
  e(
    ['med_anticoagulant'],
    ANTICOAGULANTS,
    'A blood thinner: warfarin, apixaban (Eliquis), rivaroxaban (Xarelto), edoxaban, dabigatran, clopidogrel, heparins, low-dose aspirin.',
    { overrides: ['med_nsaid'] },
  ),
  e(
    ['med_diuretic'],
    DIURETICS,
    'A thiazide or loop diuretic (water tablet): bendroflumethiazide, indapamide, furosemide (Lasix), bumetanide.',
  ),
  e(
    ['med_potassium_sparing_diuretic'],
    POTASSIUM_SPARING,
    'A potassium-sparing diuretic: spironolactone, amiloride, eplerenone.',
  ),
  e(
    ['med_statin'],
    STATINS,
    'A statin for cholesterol: atorvastatin (Lipitor), simvastatin, rosuvastatin (Crestor).',
  ),
  e(
    ['med_laba_inhaler'],
    LABA,
    'A long-acting asthma or COPD inhaler: salmeterol, formoterol, and the combination inhalers that contain them (Seretide, Symbicort, Fostair).',
  ),
  e(
    ['med_ppi_long_term'],
    PPIS,
    'A stomach-acid tablet (PPI) such as omeprazole, taken for more than 3 months; without how long, unknown.',
    { longTermDays: 90 },
  ),
  e(
    ['med_muscle_relaxant'],
    MUSCLE_RELAXANTS,
    'A muscle relaxant: diazepam, cyclobenzaprine, methocarbamol, baclofen, tizanidine.',
  ),
  e(
    ['med_opioid_or_sedative'],
    OPIOIDS_AND_SEDATIVES,
    'An opioid painkiller (codeine, co-codamol, tramadol, morphine, oxycodone), a sleeping tablet or another sedative that is not a muscle relaxant (the sedating nerve-pain medicines gabapentin, pregabalin, amitriptyline).',
  ),
  e(
    ['med_paracetamol'],
    PARACETAMOL,
    'Paracetamol (acetaminophen, Tylenol, Panadol) alone or in combinations; cold-and-flu remedies contain it.',
  ),
  e(
    ['med_paracetamol_over_max'],
    [
      'more than ~3 (maximum|max|label|packet|recommended|it says|the packet|the box|the dose|allowed)',
      'over ~2 (maximum|max|limit|recommended dose|daily dose|what the packet|what it says)',
      'too much paracetamol',
      'double ~1 dose|doses|dosed',
      'doubled up',
      'overdose*',
      'twice the dose',
      'paracetamol in it ~2 (too|as well|also)',
      'also ~2 has|contains|contain|had ~2 paracetamol',
      'both ~2 contain|have ~2 paracetamol',
    ],
    'More paracetamol than the label maximum in a day, or several products that contain it.',
    { requires: ['med_paracetamol'] },
  ),
  e(
    ['med_paracetamol_over_max'],
    [
      '#c tablets|pills|paracetamol|caplets ~4 (today|yesterday|a day|in a day|per day|in 24 hours|daily)',
      '(today|yesterday|a day|in a day|per day) ~6 #c tablets|pills|paracetamol|caplets',
    ],
    'More than eight 500 mg tablets in a day is over the 4 g maximum; eight or fewer is not.',
    { requires: ['med_paracetamol'], number: { present: { gt: 8 }, absent: { lte: 8 } } },
  ),
  e(
    ['med_paracetamol_over_max'],
    [`(${PARACETAMOL_MIXED.join('|')}) && ${PARACETAMOL_ALONE.join('|')}`],
    'Plain paracetamol and, in the same breath, a cold remedy or a painkiller that holds it too ("8 paracetamol a day plus Lemsip", "paracetamol and co-codamol"): several products that contain it, the commonest way past the maximum but no proof of it (§1.5 row 16), and the finding sends the person to A&E, so it is asked rather than said.',
    // Both taken now: a product given up ("stopped the paracetamol and started co-codamol") is no double.
    { requires: ['med_paracetamol'], timeless: false, affirmed: 'unknown' },
  ),
  e(
    [],
    [
      // One or the other: "paracetamol or co-codamol depending on the pain".
      `(${PARACETAMOL_ALONE.join('|')}) ~1 or ~1 (${PARACETAMOL_MIXED.join('|')})`,
      `(${PARACETAMOL_MIXED.join('|')}) ~1 or ~1 (${PARACETAMOL_ALONE.join('|')})`,
      // One for the other: "switched from co-codamol to paracetamol", "changed my paracetamol to co-codamol".
      `(switched|switch|switching|changed|change|changing|swapped|swap|swapping|moved) ~3 (${PARACETAMOL_ANY}) ~1 (to|for|onto) ~1 (${PARACETAMOL_ANY})`,
      // What a product holds: "co-codamol contains paracetamol so I don't take both".
      `(contains|contain|containing|includes|has) (${PARACETAMOL_ALONE.join('|')}) (in it)? so`,
      // Advice never to mix them: "I know not to take paracetamol with Lemsip".
      `(not to|never to|shouldn't|should not|mustn't|must not|not supposed to|can't|cannot) ~1 (take|have|mix|combine|use) ~2 (${PARACETAMOL_ANY}) ~2 (with|and|alongside|plus|together with) ~2 (${PARACETAMOL_ANY})`,
    ],
    'Two products that hold paracetamol named as alternatives, one changed for the other, what one contains, or advice not to mix them: no double taken.',
    { overrides: ['med_paracetamol_over_max'] },
  ),
  e(
    ['med_paracetamol_over_max'],
    ['# g|grams|gram (of)? paracetamol ~3 (a day|per day|daily|in a day|in 24 hours)'],
    'More than 4 grams of paracetamol in a day is over the maximum; 4 grams or less is not.',
    { requires: ['med_paracetamol'], number: { present: { gt: 4 }, absent: { lte: 4 } } },
  ),
  e(
    ['med_ace_arb'],
    [
      '*pril',
      '*sartan',
      'ace inhibitor',
      'ace inhibitors',
      'arb',
      'arbs',
      'zestril',
      'tritace',
      'cozaar',
      'diovan',
      'coversyl',
      // India and Pakistan: telmisartan (Telma), losartan (Losar), ramipril (Cardace), enalapril (Envas).
      'telma',
      'losar',
      'cardace',
      'envas',
    ],
    'An ACE inhibitor (names ending in -pril: ramipril, lisinopril) or an ARB (ending in -sartan: losartan, candesartan).',
  ),
  e(
    ['med_steroid_long_term'],
    [
      'prednisolone',
      'prednisone',
      'dexamethasone',
      'hydrocortisone tablets',
      'steroid tablets|pills|tablet|pill',
      'oral steroids',
      'on steroids',
      'taking steroids',
      'take|takes|took|have|had ~2 steroids',
      // A note's "long-term steroid use", "oral corticosteroids" (not a steroid injection).
      '(steroid|steroids|corticosteroid|corticosteroids) (use|therapy|treatment)',
      'oral corticosteroids|corticosteroid',
      // Learners' "I am on steroid for long time".
      'on ~1 steroid',
      'long term ~1 (steroids|corticosteroids)',
    ],
    'Steroid tablets such as prednisolone, taken for more than 3 months; without how long, unknown.',
    { longTermDays: 90 },
  ),
  e(['med_digoxin'], ['digoxin', 'lanoxin'], 'Digoxin (Lanoxin).'),
  ...COMBINATIONS.map((c) => e(c.ids, c.names, c.meaning)),
  e(
    [],
    [
      '(magnesium|potassium|zinc|calcium) (level|levels|count)? (is|was|were|are|s|came back|has been|have been)? ~2 (low|lowish|high|down|deficient|too low|a bit low)',
      '(low|lowish|deficient|deficiency of|deficiency in|lack of) (magnesium|potassium|zinc|calcium)',
      '(magnesium|potassium|zinc|calcium) deficiency',
    ],
    // "Doc said my magnesium is low" was read as taking magnesium: a level measured, not a supplement.
    'A low or high level of a mineral is a blood result, not a supplement taken.',
    { overrides: ['supplement_magnesium_zinc_potassium'] },
  ),
  e(
    ['supplement_magnesium_zinc_potassium'],
    [
      'magnesium',
      'zinc',
      'potassium tablets|supplement|supplements|pills',
      'sando k',
      'slow k',
      // Magnesium by its brand names: Slow-Mag, Magnaspartate.
      'slow mag',
      'magnaspartate',
      'mineral supplement|supplements',
    ],
    'Magnesium, zinc or potassium supplements.',
  ),
  e(
    ['med_new_in_last_months'],
    [
      'started|start|starting|doubled|increased|added|switched|changed|upped|raised|new ~6 {medicine}',
      '{medicine} ~6 started|doubled|increased|added|switched|changed|upped|raised',
      '{medicine} ( added|started|new|changed|increased',
      'new ~2 tablet|tablets|medicine|medication|pills|inhaler|prescription',
      'put ~2 me|her|him on ~3 {medicine}',
      'dose ~3 doubled|increased|changed|raised|upped',
    ],
    'A medicine was started or changed within the last few months.',
    { withinDays: 180 },
  ),
  e(
    [],
    [
      '(vitamin|vit|insulin|colecalciferol|cholecalciferol|heparin|dalteparin|enoxaparin|tinzaparin|iu) ~4 units',
    ],
    'Units of a vitamin, of insulin or of a heparin are a dose, not drinks.',
    { overrides: ['alcohol_regular'] },
  ),
  e(
    ['alcohol_regular'],
    [
      'drink|drinks ~3 (most days|every day|daily|every night|every evening|most nights|most evenings|a lot|heavily|quite a lot|too much)',
      '#c ~2 (pints|beers|glasses of wine|glasses|drinks|cans|units|bottles of wine) ~4 (every|most|a night|a day|each|daily|evening|evenings|night|nights)',
      'pints|beers|wine|drinks ~4 every|most ~2 day|days|night|nights|evening|evenings',
      'heavy drinker',
      'alcoholic',
      'alcohol ~4 (every day|daily|most days)',
      'big session',
      'binge*',
      'bottle of wine ~3 (a day|a night)',
    ],
    'Drinks alcohol on most days, or 3 or more drinks on a day.',
  ),
  e(
    ['alcohol_regular'],
    ['alcohol', 'booze', 'drink', 'drink alcohol', 'etoh'],
    'A bare mention of alcohol says nothing; "I don\'t drink alcohol" plainly denies it.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['alcohol_regular'],
    ["(don't|do not|doesn't|does not|never) drink (alcohol)?"],
    'Not drinking, said with its own "not", is a statement of its own: "I don\'t drink, fever since Monday" says the fever.',
    { says: 'absent' },
  ),
  e(
    ['iv_drug_use'],
    [
      'inject*|shoot|shooting ~3 heroin|drugs|crack|cocaine|meth|speed|amphetamine*|steroids|up',
      'iv|intravenous ~1 drug|drugs',
      'injects drugs',
      // "I've been injecting for years": injecting said of oneself with no drug named (not insulin, which
      // is always named).
      "(been|i'm|im|i am|still|started|starting|stopped|quit|was|i) injecting (for|since|again)",
      "(been|i'm|im|i am|still|started|starting|was) injecting $",
      // "Been using again, injecting": back on drugs, and injecting them.
      "(been|i'm|im|i am|started|starting|was|back) using again && inject*",
      'injecting drug user',
      'injection drug ~1 user|users|use',
      // Notes: intravenous drug use, people who inject drugs.
      'ivdu',
      'ivda',
      'pwid',
    ],
    'Injects drugs.',
  ),
];

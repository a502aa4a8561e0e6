/**
 * Legs, walking, nerves, bladder and bowel. One leg ("my left leg", "my foot") and both ("both legs",
 * "my feet", "my legs") are told apart by the words: a plural is both legs.
 */
import type { FindingId } from '../../../contract/ids.ts';
import { e } from '../entry.ts';
import { WALKING_LEG_PAIN } from '../leg-pain.ts';
import type { LexEntry } from '../types.ts';

const BOTH_LEG_FINDINGS: FindingId[] = ['numbness_both_legs', 'weakness_both_legs', 'leg_pain_both_legs'];

export const legsAndNerves: readonly LexEntry[] = [
  e(
    [],
    [
      "(,|all) (just|only|but just|but only|it is just|its just|it's just) {pain} ~6 {my}? (left|right|one|both)? {leg}|{legs}|{lowerleg}|{thigh}",
    ],
    // "No numbness, just pain down my left leg" was read as numbness in the left leg: the leg belongs to
    // the pain said after "just", and the numbness is denied.
    'A pain in the leg said after "…, just" is not the place of the numbness denied before it.',
    { overrides: ['numbness_one_leg', 'numbness_both_legs', 'weakness_one_leg', 'weakness_both_legs'] },
  ),
  e(
    [],
    [
      "(at all|whatsoever) ,? (just|only|it's just|its just|it is just|just a bit|only a bit) {pain} (and|,|or) {pain} $",
      "(at all|whatsoever) ,? (just|only|it's just|its just|it is just|just a bit|only a bit) {pain} $",
    ],
    // "No pain down the legs at all, just stiff and achy": the ache after the denial is the back's, not
    // the legs' (it was read as pain down both legs, beside the plain denial).
    'A denial closed with "at all, just …" leaves what follows to the place the story is about.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_above_knee', 'leg_pain_both_legs'] },
  ),
  // Legs said to be well.
  e(
    [...BOTH_LEG_FINDINGS, 'numbness_one_leg', 'weakness_one_leg'],
    [
      'legs {be} ~2 (fine|normal|ok|okay|alright|good|working normally|strong)',
      'legs ~2 work|working ~2 normally|fine|ok',
      'legs (fine|ok|okay|alright|normal|good) $',
      'legs {be} ~2 about normal',
      'nothing in {my} legs',
    ],
    'Legs said to be fine or working normally plainly have no numbness or weakness.',
    { says: 'absent' },
  ),
  e(
    [
      ...BOTH_LEG_FINDINGS,
      'numbness_one_leg',
      'weakness_one_leg',
      'leg_pain_above_knee',
      'leg_pain_below_knee',
    ],
    ['no leg symptoms'],
    // Leg symptoms are pain as much as numbness or weakness: "no leg sx" denies pain anywhere in the leg.
    '"No leg symptoms" plainly denies pain, numbness and weakness of the legs.',
    { says: 'absent' },
  ),
  e(
    BOTH_LEG_FINDINGS,
    [
      '{my} left|right|other leg {be} ~2 fine|normal|ok|okay|alright|good',
      '{my} left|right|other leg ~2 fine',
    ],
    'One leg said to be fine means the trouble is not in both legs.',
    { says: 'absent' },
  ),
  // Pain in the legs.
  e(
    ['leg_pain_above_knee', 'leg_pain_below_knee', 'leg_pain_both_legs'],
    [
      '{pain} ~6 {my}? {leg}|{legs}',
      '{leg}|{legs} ~6 {pain}',
      'leg pain|pains|ache|aches|symptoms',
      'down|into|in ~2 {my}? legs|leg',
    ],
    'Pain in a leg without where: unclear above or below the knee; "no leg pain" is a plain denial.',
    { says: 'vague' },
  ),
  e(
    ['leg_pain_above_knee'],
    [
      '{pain} ~6 {my}? {thigh}',
      '{thigh} ~6 {pain}',
      'spread*|radiat*|goes|going|into|shoot* ~4 {my}? {thigh}',
      'down {my} (left|right)? {buttock} (and|&) (the|my|into)? (back of)? (the|my)? {thigh}',
      'above the knee',
    ],
    'Pain spreading into the thigh, not below the knee.',
  ),
  e(
    ['leg_pain_above_knee'],
    [
      'not past|below ~2 {my}? knee|knees',
      'no further than ~2 {my}? knee|knees',
      'stops at ~2 {my}? knee|knees',
      // South Asian "from back to the leg till knee": up to the knee, not past it.
      '(till|until|upto) ~1 (the|my)? knee|knees',
      // "Shooting down the back of my leg to the knee": to the knee, and no further.
      '(leg|legs|thigh|thighs) (down)? (to|up to|as far as) (the|my) knee|knees (.|!|and stops|and no further|but not)',
    ],
    'Pain that goes "not past the knee" stays above it.',
    { overrides: ['leg_pain_below_knee'] },
  ),
  e(
    ['leg_pain_below_knee'],
    ['{thigh} ~4 (to|into|down to|down into|and into) {my}? {lowerleg}'],
    'Pain down the thigh to the calf or foot goes below the knee.',
    { overrides: ['leg_pain_above_knee'] },
  ),
  e(
    ['leg_pain_below_knee'],
    [
      '{pain} ~6 {my}? {lowerleg}',
      '{lowerleg} ~6 {pain}',
      '{pain} ~8 down ~4 leg|legs',
      'down ~4 leg|legs ~4 {pain}',
      '{pain} ~10 (into|to|down to) {my}? {lowerleg}',
      'sciatica',
      'sciatic pain',
      'radicular pain',
      'radiat* ~6 {lowerleg}',
      'shooting ~4 down ~3 leg|legs',
      // "It shoots down the back of my leg to my heel".
      'shoots|shot|shooting|radiates|radiating|goes|going|went|travels|travelling|runs|running ~2 down ~5 leg|legs',
      'past|below {my}? knee|knees',
      // South Asian "going to my left leg till the foot".
      'leg|legs ~3 (till|until|upto|up to) (the|my)? {lowerleg}',
      // Said of the back with no pain word in the clause: "it's the back first and then down the left
      // leg to the ankle".
      '(down|into) (the|my|his|her|your)? (left|right|one|other)? leg (to|into|down to|as far as|right to|right down to|all the way to) (the|my|his|her|your)? {lowerleg}',
    ],
    'Pain down the leg below the knee, to the calf, foot or toes; lay "sciatica" is pain down the back of the leg.',
  ),
  e(
    ['leg_pain_both_legs'],
    [
      '{pain} ~6 {both} ~2 {my}? {legs}|{leg}|legs|buttocks',
      '{both} ~2 {my}? {legs}|buttocks ~6 {pain}',
      '{pain} ~6 {my}? {legs}',
      '{legs} ~6 {pain}',
      'bilateral ~3 (leg pain|sciatica|radicular)',
      'sciatica ~2 in|down both',
      // "Leg pain both sides".
      '{leg}|leg|legs ~2 {pain} ~2 (both sides|on both sides|each side|either side)',
      // The second leg joining the first: "now it's going down my other leg too", "started in my left
      // leg as well" (sciatica on both sides, a cauda equina warning).
      '(down|into|in|to|affecting) {my}? other leg',
      // Spreading into both legs after "which", where the pain word stays behind the clause's start:
      // "back pain which goes into both legs", learners' "the pain which is going in both legs".
      '(goes|go|going|spreads|spreading|radiates|radiating|shoots|shooting|travels|travelling|moves) (down|into|in|to|through) {both} ~1 {my}? {legs}|legs',
      '{pain} ~4 other leg',
      '(now|started|starting|start|begun|begin|began|spread|spreading|spreads|going|also) ~4 (down|into|in|to) {my}? (left|right) leg (too|as well|also)',
    ],
    'Pain, tingling or aching in both legs (a plural, "my legs", "both thighs", means both).',
  ),
  e(
    ['leg_pain_worse_than_back'],
    [
      '{leg}|leg ~4 worse than ~3 {back}|{lowback}',
      '{leg}|leg|{pain} ~4 more than ~3 {back}|{lowback}',
      'worse in {my} leg ~2 than ~3 back',
      'more leg pain than back pain',
      'leg pain is worse',
    ],
    'The leg pain is worse than the back pain.',
  ),
  e(
    ['leg_pain_worse_than_back'],
    ['worse than ~4 {back}|{lowback}'],
    '"Worse than the ache in my back", said of leg pain, means the leg is worse.',
    { requires: ['leg_pain_below_knee', 'leg_pain_above_knee', 'leg_pain_both_legs'] },
  ),
  e(
    ['leg_pain_worse_than_back'],
    ['{back}|{lowback} ~4 worse than ~3 {my}? leg|legs', 'more back pain than leg pain'],
    'The back pain worse than the leg pain is a plain denial.',
    { says: 'absent' },
  ),
  e(
    ['calf_cramp_walking'],
    [
      'calf|calves ~4 {pain}|cramp* ~6 walk*',
      'walk* ~6 calf|calves ~4 {pain}|cramp*',
      'calf|calves ~4 cramp* ~3 when|if|while ~2 walk*',
      '{pain}|cramp*|cramping ~4 calf|calves ~6 walk*',
      'claudication',
    ],
    'A cramping or aching calf pain brought on by walking (pain below the knee, but its cramp is not a back spasm).',
    { overrides: ['muscle_knot_tight'] },
  ),
  e(
    ['walking_pain_stops_standing_still'],
    [
      'stand* still ~6 goes|eases|passes|settles|stops|fine|better|disappears',
      // "I just stand still a minute and it goes": the "and it" opens a clause of its own.
      "(stand|stands|standing|stood) still ~3 (and|,) (then)? (it|its|it's|the pain|that|the cramp) (goes|eases|passes|settles|stops|disappears|goes away|goes off|wears off|is gone|has gone)",
      'stop* ~3 and|to? stand* ~4 goes|eases|passes|settles|better',
      // "I stop and stand for a min and its gone".
      "(stop|stops|stopped|stopping) (and|to)? (stand|stands|standing|stood) ~3 (min|mins|minute|minutes|moment|bit|second|sec|while) (and|then)? (it|its|it's|it is|the pain)? (is|has)? (gone|goes|eases|passes|settles|better|fine|ok)",
      'stop walking ~4 goes|eases|passes|settles|better',
      'rest for ~3 minutes ~4 (goes|eases|passes|walk again)',
      // The relief said first: "it goes if I just stand still", "eases off once I stop and stand".
      '(goes|go|eases|ease|passes|settles|stops|disappears|wears off|goes away|better|fine) ~3 (if|when|once|after|as soon as) ~3 (stand|stands|standing|stood) (still|for a)',
      '(goes|go|eases|ease|passes|settles|stops|disappears|wears off|goes away|better|fine) ~3 (if|when|once|after|as soon as) ~2 (stop|stops|stopped) ~3 (stand|stands|standing) ~1 still',
      // "Then it goes off after a minute standing".
      '(goes|go|eases|ease|passes|settles|disappears|wears off|goes away|goes off) ~4 (minute|minutes|min|mins) (of)? (standing|stood) (still)?',
    ],
    'Leg or buttock pain from walking goes within minutes of simply standing still.',
    {
      // Standing still as the relief is not standing that brings the pain on ("still for a minute").
      overrides: ['standing_alone_brings_pain'],
      requires: WALKING_LEG_PAIN,
    },
  ),
  e(
    ['walking_pain_needs_sitting_bending'],
    [
      'walk* && lean*|leaning ~3 forward|trolley|cart|pram|frame|bench|wall',
      'walk* && bend*|bent ~2 forward|over ~3 trolley|cart|wall|forward',
      'walk* && sit*|sat ~3 down|bench|wall|chair|seat',
      'walk* && bend forward',
      'walk* && lean on ~2 trolley|cart',
      // The shopping-trolley sign in a sentence of its own, after the walking was told: "Leaning on the
      // shopping trolley or sitting down makes it go".
      'leaning|lean|leant on ~2 trolley|cart && (makes it go|helps|eases|better|easier|relieves|goes away|goes off)',
      '(have to|has to|had to|needs to|need to|only thing|only way|only goes|only eases) ~4 sit|sitting|lean|leaning|bend|bending ~3 down|forward|over|trolley|cart|bench|wall',
      'walk* && relieved|eased|eases|better|goes ~3 sitting|bending|leaning',
    ],
    'Leg or buttock pain from walking that eases only on sitting or bending forward (leaning on a trolley).',
    {
      requires: [
        'leg_pain_above_knee',
        'leg_pain_below_knee',
        'leg_pain_both_legs',
        'pain_buttock',
        'calf_cramp_walking',
        // Neurogenic claudication is as often legs that go tingly or numb on walking as legs that hurt.
        'numbness_both_legs',
        'numbness_one_leg',
      ],
    },
  ),
  e(
    ['standing_alone_brings_pain'],
    [
      'stand|standing|stood ~3 (queue|queues|while|around|long|still for)',
      'standing ~2 brings it on',
      'when i ~2 stand for',
      'or stand ~2 for',
    ],
    'Standing still for a while, without walking, brings on the leg or buttock pain.',
    {
      requires: [
        'leg_pain_above_knee',
        'leg_pain_below_knee',
        'leg_pain_both_legs',
        'pain_buttock',
        'calf_cramp_walking',
        // Neurogenic claudication is as often legs that go tingly or numb on walking as legs that hurt.
        'numbness_both_legs',
        'numbness_one_leg',
      ],
    },
  ),
  e(
    ['no_pain_seated'],
    [
      'sitting|seated|sat ~4 no pain',
      "sitting|seated|sat ,? (i have|i've|there's|i get|i'm|i feel) no pain",
      "sitting|seated|sat ,? i'm pain free",
      'no pain ~3 when|while? ~2 (sitting|seated|i sit|sit down|sat)',
      'sitting {be} ~2 (fine|ok|okay|comfortable|no problem)',
      'fine ~3 when|while ~2 sit|sitting|seated',
      'pain free ~3 sitting|seated|sit',
      // "Sitting down I'm fine".
      "sitting|seated (down)? ,? (i'm|im|i am|i feel|it's|its|it is) (fine|ok|okay|alright|all right|comfortable)",
    ],
    'No leg or back pain at all when sitting.',
    {
      overrides: ['pain_worse_movement'],
      requires: [
        'leg_pain_above_knee',
        'leg_pain_below_knee',
        'leg_pain_both_legs',
        'pain_buttock',
        'calf_cramp_walking',
        'numbness_both_legs',
        'numbness_one_leg',
      ],
    },
  ),
  e(
    ['same_walking_distance'],
    [
      'same distance',
      'same walking distance',
      'same distance ~2 each|every time',
      'same ~2 distance',
      // A landmark reached each time on a walk: "cramps up after the same lamp post every time".
      '(the|that) same (lamp post|lamppost|corner|tree|house|bench|shop|gate|bus stop|postbox|junction|field) ~3 (every|each) time && walk*|walking|dog',
      // A walking distance given as a number: "my calf cramps up after about 200 yards".
      'walk* ~12 after (about|around|roughly|only|just|maybe|approximately)? #c (yards|yard|metres|meters|metre|meter|m|miles|mile|blocks|block|steps)',
    ],
    'The pain comes on after the same walking distance each time.',
  ),
  e(
    ['same_walking_distance'],
    ['how far ~5 varies|varied|changes|different', 'distance ~3 varies|changes', 'varies from day to day'],
    'A walking distance that varies plainly is not the same each time.',
    { says: 'absent' },
  ),
  e(
    [],
    [
      '(a|an|little|small|tiny|open|the|new) (sore|sores) (on|in|at|between|under) ~2 {leg}|{legs}|{lowerleg}',
    ],
    // "A little sore on my toe that won't heal" names a wound, not pain there (the unhealed sore is read
    // below).
    '"A sore on my toe" is a wound, not leg pain.',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'] },
  ),
  e(
    ['foot_cold_pale_or_sores'],
    [
      'foot|feet|toe|toes|heel ~4 cold|pale|blue|bluish|white|purple|mottled|black',
      'cold|pale|blue|bluish|white ~3 foot|feet|toe|toes',
      // A whole leg gone cold or pale is the same artery sign, and the sudden one is the emergency of
      // §1.5 row 18: "my left leg suddenly went cold and numb". A verb ties the colour to the leg, so
      // "legs ache in the cold" stays out.
      '{leg}|{legs} (suddenly|just|completely|has|have)? (went|gone|go|goes|turned|turns|turning|is|was|feel|feels|felt|look|looks|looked|are) (all|really|very|icy|ice|stone)? cold|pale|white|blue|bluish|mottled',
      // Its paleness said in the next clause is still the leg's, not the face's: "my leg went cold and
      // numb, it's pale".
      "{leg}|{legs} ~4 cold && (it is|it's|its|it looks|it went|it has gone|it's gone) (very|really|all)? pale|white|blue|bluish",
      // "No pulse in my foot": the missing pulse is the sign.
      'no pulse|pulses ~3 {my}? foot|feet|ankle',
      'foot|feet ~3 (has|have) no pulse|pulses',
      "sore|sores|ulcer|ulcers|wound|wounds|cut ~6 won't|wont|doesn't|don't|isn't|aren't|not|never heal|healing|healed",
      "won't|doesn't|not heal|healing ~4 sore|sores|ulcer|wound",
      'non healing',
      'ulcer|ulcers ~3 on ~2 {my}? foot|feet|leg|legs|heel|toe|toes|ankle|shin',
      'gangrene',
      // Colour compared with the other side is a limb's, not the face's: "it's cold and pale next to the
      // left one", "paler than the other foot".
      '(cold|colder|pale|paler|white|whiter|blue|bluer|bluish) ~3 (next to|compared to|compared with|than) (the|my)? (left|right|other) (one|foot|leg|side)',
    ],
    'A cold, pale or bluish foot, or sores on a foot or leg that do not heal.',
    { overrides: ['sweaty_clammy_pale'] },
  ),
  e(
    [],
    [
      // A bruise's colour is no artery sign: "my leg is blue from the bruise", "legs black and blue from
      // the fall", "my foot's purple where I bruised it" (a fall on a blood thinner tells of bruises).
      'blue|purple|black ~5 bruise|bruises|bruised|bruising',
      'bruise|bruises|bruised|bruising ~5 blue|purple|black',
      'black and blue',
    ],
    "A bruise's blue, purple or black on a leg or a foot is a bruise, not a limb short of blood.",
    { overrides: ['foot_cold_pale_or_sores'] },
  ),
  e(
    ['leg_skin_shiny_hairless'],
    [
      'shiny ~4 skin|shin|shins|legs|leg',
      'skin ~4 shiny',
      'hair loss ~3 legs|shins|shin',
      'hairless',
      'no hair ~3 legs|shins|shin',
      'lost ~2 hair ~3 legs|shins',
    ],
    'Shiny skin or hair loss on the lower legs.',
  ),
  e(
    ['foot_pain_at_rest'],
    [
      'foot|feet|toes ~4 burn*|{ache} ~8 night|bed|rest|resting',
      'burn*|{ache} ~4 in {my}? ~2 foot|feet|toes ~6 night|bed|rest',
      // "Hang it over the side of the bed": "the side of the" is four words.
      'hang*|hanging ~4 leg|foot|it ~4 (over|out of|down|off) ~5 bed',
      '(better|easier|eases) ~2 (hanging|dangling) ~2 (it|my leg|my foot) (down|over the side|out of bed)',
      'rest pain',
    ],
    'Burning or aching pain in the foot at rest or at night, eased by hanging the leg down.',
  ),
  e(
    ['calf_swollen_red_one_side'],
    [
      'calf|leg|ankle ~5 swollen|swelling|red|warm|hot|tender|puffy|bigger|fatter',
      'swollen|swelling|red|hot|warm ~3 {my}? left|right|one? calf|leg',
      'dvt',
      'deep vein thrombosis',
      'blood clot ~3 {my}? leg|calf',
      'compared with|to the other',
    ],
    'One calf or leg swollen, warm, red or tender compared with the other (a clot).',
    {
      overrides: [
        'muscle_pain_tender_swollen',
        'leg_pain_below_knee',
        'muscle_knot_tight',
        'leg_pain_both_legs',
      ],
    },
  ),
  e(
    ['leg_cramp_night'],
    [
      'cramp* ~6 {leg}|{legs}|calf|calves|thigh|foot|feet ~8 night|bed|sleep|woken|wake|wakes|rest',
      'night|bed ~6 cramp* ~4 {leg}|{legs}|calf|calves|foot|feet',
      'woken|woke|wakes|waking|wake ~8 cramp* ~4 {leg}|{legs}|calf|calves|foot|feet',
      '{leg}|{legs}|calf|calves cramp* ~3 bed|night',
      '{leg}|{legs}|calf|calves (get|gets|got|keep|keeps) cramp* ~3 bed|night',
      // Resting at the day's end: "I get leg cramps in the evenings".
      '{leg}|{legs} cramp|cramps|cramping && night|nights|bed|evening|evenings|asleep|sleep',
      'cramp* ~5 {leg}|{legs}|calf|calves|foot|feet|thigh && night|nights|bed|woken|asleep|sleep|evening|evenings',
      // A cramp by another name, waking the person: "I wake with my calf knotting up".
      'wake|wakes|woke|waking|woken ~4 {leg}|{legs} (knotting|knots|knotted|seizing|seized|locking|locked|tightening|twisting) up?',
      // The night said first: "last night my lower back and both calves cramped up".
      '(last night|in the night|overnight|at night|during the night) ~8 (calf|calves|{leg}|{legs}|foot|feet|toes) (cramped|cramping|cramp|cramps)',
      'night cramps',
      'night time cramps',
      'leg cramps at night',
    ],
    'Sudden painful cramps in the calf, foot or thigh at night or at rest (cramps, not a pain spreading down the leg).',
    { overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'] },
  ),
  e(
    ['muscle_knot_tight'],
    [
      // The cramp word right after the limb, or after a verb of going into it: "calves went into cramp",
      // "legs keep cramping", "calf cramps", "calves keep twinging with cramps".
      '{leg}|{legs} (keep|keeps|kept|went|go|goes|going|gone|started|starts|start|get|gets|got|would)? (into|in)? (a)? cramp|cramps|cramping|cramped $',
      '{leg}|{legs} (keep|keeps|kept|went|go|goes|going|gone|started|starts|start|get|gets|got|would)? (into|in)? (a)? cramp|cramps|cramping|cramped (up)? (into|like)? ~3 knot|knots|rock|hard|stone|brick|rope',
      '{leg}|{legs} ~3 (with|into) (a)? cramp|cramps $',
      // The cramp word after the limb and then only when or how often: "legs get cramps most days",
      // "legs have been cramping for a few days". Walking is left out (claudication is read there).
      '{leg}|{legs} (keep|keeps|get|gets|got|have|has|had)? (been)? (into|in)? (a)? cramp|cramps|cramping|cramped (up)? most|every|some|sometimes|often|daily|nightly|lately|recently|for|since|all|at|on|in',
      // "Cramps in my feet and calves", "cramps in my lower back and calves".
      'cramp|cramps|cramping in ~4 {leg}|{legs} $',
      'cramp|cramps|cramping in {my}? {leg}|{legs} and {my}? {leg}|{legs}',
      // "Cramps that grip my lower back and my calves".
      'cramp|cramps (that|which)? (grip|grips|gripped|gripping|grab|grabs|grabbed|seize|seizes|seized|hit|hits|catch|catches) ~5 {leg}|{legs} $',
    ],
    // A muscle cramp of the calf, foot or thigh (after sweating, a stomach bug, a marathon) is a cramp,
    // not a pain spreading down the leg from the back; a cramp on walking is claudication, read there.
    'A limb muscle in cramp is a cramp the person feels, not leg pain spreading from the back.',
    {
      overrides: ['leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'],
      unless: [
        'calf_cramp_walking',
        'walking_pain_needs_sitting_bending',
        'walking_pain_stops_standing_still',
      ],
    },
  ),
  // Numbness, tingling, weakness.
  e(
    ['numbness_one_leg', 'numbness_both_legs', 'saddle_numbness'],
    [
      // Not "numb*": "number" is not numb ("I can't go number two" says nothing of numbness).
      '{numb-word}',
      'tingl*',
      'pins and needles',
      'paraesthesia',
      'sensory loss',
      'loss of sensation',
      'altered sensation',
    ],
    'Numbness or tingling without where is unclear; "no numbness" plainly denies it everywhere.',
    { says: 'vague' },
  ),
  e(
    ['numbness_one_leg'],
    [
      '{numb} ~5 {my}? left|right|one? {leg}',
      '{leg} ~5 {numb}',
      // "My foot feels asleep": not "put my feet up and fell asleep".
      '{leg} (feels|feel|is|keeps going|goes) (asleep|to sleep)',
      '{numb} ~4 down ~2 {my} left|right? leg',
      'numb ~2 {leg}',
      '{numb} ~4 l|s # ~2 distribution|dermatome|root',
      "can't|cannot feel ~2 {my} left|right? {leg}",
      '(can|could) (no longer|not) feel ~2 {my} left|right? {leg}',
      // "I'm losing the feeling in my right leg", "no feeling in my foot".
      '(lost|losing|lose|loss of|no|reduced|less|hardly any|not much) (the|all|some|any|of)? (feeling|sensation|feel) (in|of) {my}? (left|right)? (leg|foot|calf|thigh|shin)',
      // Learners' English: "I not can feel my foot", "I don't feel my leg" (no gap, and nothing said of
      // the leg after it: "I don't feel pain in my leg", "I don't feel my leg pain" are no numbness).
      "(not can|can not|no can|don't|do not|not) feel {my} left|right? {leg} $",
      "(not can|can not|no can|don't|do not|not) feel {my} left|right? {leg} (when|properly|well|at all|anymore|any more|since|from|after|today|now|,|and)",
      // "My foot is sleeping", "I feel the leg like sleeping": a limb "asleep" in many languages.
      '{leg} (is|feels|feel)? (sleeping|like sleeping)',
      'feel {my} {leg} like (sleeping|asleep)',
      // "My right leg is weak and the numbness is spreading up it": "it" is the one leg just named.
      'left|right|one {leg} && {numb} ~3 (spreading|spread|spreads|creeping|creeps|moving|going|travelling|working) ~2 (up|down|through|into|over) it',
    ],
    // A leg that is not numb: neither are both ("denies leg numbness").
    'Numbness, tingling or pins and needles in one leg or foot.',
    { alsoDenies: ['numbness_both_legs'] },
  ),
  e(
    ['numbness_both_legs'],
    [
      '{numb} ~5 {both}? {my}? {legs}',
      '{legs} ~5 {numb}',
      '{numb} ~5 {both} ~2 {my}? {leg}',
      'numb legs|feet',
      "can't|cannot feel ~2 {my} legs|feet",
      // "I can no longer feel my feet".
      '(can|could) (no longer|not) feel ~2 {my} legs|feet',
      // "I'm slowly losing the feeling in my legs".
      '(lost|losing|lose|loss of|no|reduced|less|hardly any|not much) (the|all|some|any|of)? (feeling|sensation|feel) (in|of) {my}? (both)? (legs|feet)',
      "(not can|can not|no can|can no|don't|do not|not|no) feel {my} legs|feet $",
      "(not can|can not|no can|can no|don't|do not|not|no) feel {my} legs|feet (when|properly|well|at all|anymore|any more|since|from|after|today|now|,|and)",
      '{legs} (are|feel)? (sleeping|like sleeping)',
      'bilateral ~3 numbness|tingling|paraesthesia',
      // "My legs are weak and the numbness is spreading up them".
      '{legs} && {numb} ~3 (spreading|spread|spreads|creeping|creeps|moving|going|travelling|working) ~2 (up|down|through|into|over) them',
    ],
    'Numbness, tingling or pins and needles in both legs or feet; legs said not to be numb are not numb on either side.',
    { alsoDenies: ['numbness_one_leg'] },
  ),
  e(
    ['numbness_both_legs'],
    [
      "{legs} ~4 (don't|do not|doesn't) (belong to me|feel like mine|feel like my own|feel like they belong to me)",
    ],
    '"My legs feel like they don\'t belong to me": the legs have lost their feeling.',
  ),
  e(
    ['numbness_one_leg'],
    [
      "{leg} ~4 (doesn't|does not|don't) (belong to me|feel like mine|feel like my own|feel like it belongs to me)",
    ],
    '"My leg doesn\'t feel like mine": the leg has lost its feeling.',
  ),
  e(
    ['numbness_both_legs'],
    ["(can't|cannot|couldn't) feel ~1 (nothing|anything) ~2 {my}? {legs}"],
    '"I can\'t feel nothing in my legs" is the double negative of everyday speech: the legs are numb.',
    { overrides: [...BOTH_LEG_FINDINGS, 'numbness_one_leg', 'weakness_one_leg'] },
  ),
  e(
    ['numbness_both_legs'],
    ['{both} ~2 {leg} ~3 {numb}', '{numb} ~4 {both} ~2 {leg}'],
    '"Bilateral leg numbness", "either foot": a singular leg word with "both" or "bilateral" means both legs.',
    { overrides: ['numbness_one_leg'] },
  ),
  e(
    ['numbness_both_legs'],
    [
      '{numb} (in|down|into|through|of|to) {both} {my}? {legs}',
      '{both} {my}? {legs} (are|feel|feeling|going|gone|went)? {numb}',
    ],
    // Said tight, apart from the gap's longer reading: "numbness in both legs and between my legs" has
    // that reading run to the saddle's "legs", which the saddle's blocker takes, numbness and all.
    'Numbness said of both legs, with nothing between.',
  ),
  e(
    ['weakness_one_leg'],
    [
      '{unable} ~2 lift|raise {my}? (foot|toes|front of {my} foot)',
      '{unable} ~2 lift|raise {my}? left|right (foot|toes|front of {my} foot)',
      // "I can hardly move my toes", "can't wiggle the toes on my right foot": the foot's muscles, weak.
      '({unable}|can hardly|can barely|could hardly|could barely) ~1 move|wiggle|bend {my}? (left|right)? (toes|toe|ankle)',
      '(struggling|struggle|struggled|unable|hard|difficult|difficulty) to? lift|lifting|raise|raising {my} (leg|foot) ~3 (stairs|step|steps|kerb|curb|car|bed)',
    ],
    'Not being able to lift the foot is foot drop, a weak leg, not a movement that hurts; nor is struggling to lift a leg onto a step.',
    { overrides: ['pain_worse_movement'] },
  ),
  e(
    [],
    [
      '({unable}|can hardly|can barely) ~1 move|wiggle|bend {my}? (left|right)? (toes|toe) ~4 (cramp|cramps|cramping|cramped|spasm|spasms)',
      '({unable}|can hardly|can barely) ~1 move|wiggle|bend {my}? (left|right)? (toes|toe) && cramp|cramps|cramping|cramped',
    ],
    'Toes held in a cramp ("my toes cramp and I can\'t move them") are a cramp, not a weak leg.',
    { overrides: ['weakness_one_leg'] },
  ),
  e(
    [],
    [
      // Toes or an ankle that will not move for a reason of their own are no weak leg: "I can't move my
      // toes because they're so swollen", "can hardly bend my ankle since I sprained it", "the gout is so
      // bad". A bare "I can hardly move my toes" (or "... and the pain shoots down my leg", "my back is stiff
      // and ...") stays weak: only the foot's own trouble, said after it or named as gout, explains it.
      '({unable}|can hardly|can barely|could hardly|could barely) ~1 move|wiggle|bend {my}? (left|right)? (toes|toe|ankle|foot) ~6 (because|cos|due to|hurts|hurt|painful|sore|too stiff|so stiff|swollen|swelling|shoes|boots|sprained|sprain|gout|arthritis|cast|plaster)',
      '({unable}|can hardly|can barely|could hardly|could barely) ~1 move|wiggle|bend {my}? (left|right)? (toes|toe|ankle|foot) && gout|gouty|bunion|bunions|frostbite',
      // The reason in a clause of its own: "I can barely move my ankle, it's really swollen".
      "({unable}|can hardly|can barely|could hardly|could barely) ~1 move|wiggle|bend {my}? (left|right)? (toes|toe|ankle|foot) && (it's|its|it is|they're|they are) (so|really|very|all)? (stiff|swollen|sprained|puffy)",
    ],
    "Toes, an ankle or a foot that will not move because they are swollen, sprained, stiff, gouty or sore are the joint's trouble, not a weak leg.",
    { overrides: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_both_legs'],
    [
      '{both} ~2 {leg} ~3 {weak}',
      '{weak} ~4 {both} ~2 {leg}',
      "{both} {my}? {legs} (are|feel)? (not|aren't|no longer|not so|not very) strong",
    ],
    '"Bilateral leg weakness": a singular leg word with "both" or "bilateral" means both legs.',
    { overrides: ['weakness_one_leg'] },
  ),
  e(
    ['saddle_numbness'],
    [
      '{numb} ~5 inner thigh|thighs',
      'inner|inside thigh|thighs ~5 {numb}',
      'inside of {my} thigh|thighs ~5 {numb}',
      '(inner|inside) (thigh|thighs|of {my} thigh|of {my} thighs) ~4 (weird|strange|odd|funny|different)',
      'insides of {my} thighs ~5 {numb}',
    ],
    'Numb inner thighs are part of the saddle area, not numb legs.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['saddle_numbness'],
    [
      // "On the loo it feels like I'm sitting on cotton wool": the seat not felt.
      'sitting|sit|sat on cotton wool',
      // A note's "reduced sensation perianally".
      '(reduced|altered|decreased|diminished|absent|lost|loss of|no) (sensation|feeling) (perianally|perineally)',
    ],
    'The seat felt as cotton wool, or reduced feeling around the back passage, is saddle numbness.',
  ),
  e(
    ['saddle_numbness'],
    ['{numb} ~2 between (my|the|her|his)? legs', 'between (my|the|her|his)? legs ~3 {numb}'],
    'Numb "between my legs" is the saddle area, not numb legs.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['numb_feet_neuropathy'],
    ['neuropathy', 'diabetic feet|foot'],
    'Known neuropathy: long-standing reduced feeling in the feet, not a new nerve problem.',
    { overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['numb_feet_neuropathy'],
    // Feet, not legs: neuropathy starts in the feet, and numb legs in someone with diabetes are still a
    // warning sign.
    [
      'feet|foot (are|is|feel|feels|have been|has been|always|always feel|get|go|went)? {numb-word}',
      // Said softly: "my feet are a bit numb these days".
      'feet|foot (are|is|feel|feels|have been|has been|get|go|went)? (a bit|a little|a little bit|slightly|quite|rather|somewhat|kind of|sort of|bit) {numb-word}',
      'numb ~2 feet|foot',
    ],
    // Only once the story says the person has diabetes: "I don't have diabetes but my feet are numb" is
    // numbness, a warning sign, and stays one.
    'Numb feet in someone with diabetes: long-standing reduced feeling, not a new nerve problem.',
    { requires: ['diabetes'], overrides: ['numbness_both_legs', 'numbness_one_leg'] },
  ),
  e(
    ['generalised_weakness', 'weakness_one_leg', 'weakness_both_legs'],
    ['weak', 'weakness', 'weaker'],
    'Weakness without where is unclear; "no weakness", "I\'m not weak" plainly deny it.',
    { says: 'vague' },
  ),
  e(
    ['weakness_one_leg'],
    [
      '{weak} ~4 {my}? left|right|one? {leg}',
      '{leg} ~5 {weak}',
      'foot drop',
      'drop foot',
      'foot|feet ~3 slaps|slapping|flops|flopping|drags|dragging',
      'catching|catch {my} toes|toe|foot',
      'toes|toe|foot ~2 catch|catching|catches|drag|dragging|drags',
      // "I'm tripping over my right foot": the foot not lifted.
      '(tripping|trip|trips|tripped|stumbling|stumble) over {my} (left|right)? (foot|toes)',
      "can't|cannot|couldn't ~2 stand on ~2 {my}? (heel|heels|toes|tiptoe|tiptoes|tip toes|tippy toes)",
      "can't|cannot|couldn't ~2 walk on ~2 {my}? (heel|heels|toes|tiptoe|tiptoes|tip toes|tippy toes)",
      "can't|cannot|couldn't ~2 get up on ~2 {my}? (heel|heels|toes|tiptoe|tiptoes|tip toes|tippy toes)",
      'keep|keeps|kept tripping',
      // "My left foot's gone a bit floppy": a foot drop, said mildly.
      '(foot|ankle) ~4 (floppy|flops|flopping|flopped)',
      'leg ~2 gives|gave|giving way',
      // Movement nearly lost is weakness, not pain on moving: "I can barely move my foot" (a reason after
      // it, "because of the cramp", leaves it to the reason).
      '{unable}|barely|hardly ~2 move {my}? left|right? (foot|toes|ankle) $',
      "{leg} (just)? (won't|wont|wouldn't|wouldnt|don't|aren't|weren't|didn't|doesn't|isn't|wasn't) ~1 (want to)? (work|working|hold me|hold me up|support me|take my weight|do what|move|respond)",
      'leg ~2 (went|go|goes|gone|going) ~1 from (under|underneath) me',
      'leg ~3 buckl*',
      // "My leg is not strong (again)", "my leg is having no power": the "not" is the complaint.
      "{leg} (is|feels|feel)? (not|isn't|no longer|not so|not very) strong",
      // South Asian "leg power is less in left side".
      '{leg} (power|strength|force) (is|has|has become)? ~1 (less|reduced|low|decreased|gone|weaker)',
    ],
    // A leg that is not weak: neither are both ("denies leg weakness").
    'Weakness in one leg or foot: tripping, the foot slapping down, unable to stand on heel or toes.',
    { alsoDenies: ['weakness_both_legs'] },
  ),
  e(
    ['weakness_both_legs'],
    [
      '{weak} ~4 {both}? {my}? {legs}',
      '{legs} ~5 {weak}',
      // "Week" for "weak", the commonest homophone slip.
      '{legs} (feel|feels|felt|feeling|are|gone|going|went|so|really|very) ~1 week',
      'legs ~3 gave|give|giving|gives way|out',
      'legs ~3 (wobbly|like jelly|to jelly|jelly)',
      "(can't|cannot|couldn't|could not|unable to) ~2 move {my} legs",
      // Legs that will not work: the negation is the complaint.
      "{legs} (just)? (won't|wont|wouldn't|wouldnt|don't|aren't|weren't|didn't|doesn't|isn't|wasn't) ~1 (want to)? (work|working|hold me|hold me up|support me|take my weight|do what|move|respond)",
      'legs ~2 (went|go|goes|gone|going) ~1 from (under|underneath) me',
      'paralysed',
      'paralysis',
      "{legs} (are|feel)? (not|aren't|no longer|not so|not very) strong",
      '{legs} (power|strength|force) (is|has|has become)? ~1 (less|reduced|low|decreased|gone|weaker)',
      // The legs named, then "they" in the next clause: "both legs are tingling and they feel weak".
      '{both} {my}? {legs} && they (feel|are|have gone|went|go|are going|feel a bit|are getting|seem|have got) (weak|weaker|so weak|really weak|very weak)',
    ],
    'Weakness in both legs; legs said not to be weak are not weak on either side.',
    { alsoDenies: ['weakness_one_leg'] },
  ),
  e(
    ['weakness_progressing'],
    [
      'getting|got|grown|become ~2 weaker',
      'weaker ~3 (day by day|each day|every day|by the day|over)',
      'weakness|numbness ~4 (getting worse|spreading|progressing|worse)',
      'spreading|creeping ~3 numbness|weakness|up {my} leg|legs',
      'progressive ~3 weakness|numbness',
      'more and more ~2 numb|weak',
      // "My both legs are becoming weak day by day", learners' "more weak every day".
      '(becoming|getting|going|more) weak ~2 (day by day|each day|every day|by the day|daily)',
      // The worsening said right after the weakness, in a clause of its own: "they feel weak, and it's
      // getting worse each day".
      "weak|weaker|numb|tingly (,)? and (it's|it is|its|they're|they are|it has been|it keeps|they keep) getting (worse|weaker)",
      // A day's change said after it: "my legs have gone like jelly since yesterday, both of them, and
      // today it's worse".
      "(weak|weaker|numb|tingly|jelly|wobbly|heavy|dead) ~6 (and|but|,) (and|but)? (today|now|this morning|overnight) (it's|it is|its|they're|they are|it has got|it's got|they've got|they have got|they are getting|it's getting) (worse|weaker)",
    ],
    'Leg weakness or numbness that is spreading or getting worse over hours or days.',
    { requires: ['weakness_one_leg', 'weakness_both_legs', 'numbness_one_leg', 'numbness_both_legs'] },
  ),
  e(
    [],
    ['down below (the|my|his|her)? (knee|knees|ankle|ankles|waist|hip|hips|calf|thigh)'],
    '"Down below the knee" is a place on the leg, not the lay "down below" of the genitals.',
    { overrides: ['saddle_numbness'] },
  ),
  e(
    ['saddle_numbness'],
    [
      '{numb} ~5 {saddle}',
      '{saddle} ~6 {numb}',
      'numb ~1 bum|bottom|buttock|buttocks|backside|bits',
      // "Down there" is the lay word for the genitals; only beside a numb word, as it also means "down
      // the leg".
      '{numb} ~4 down there',
      'down there ~4 {numb}',
      // "Down below" likewise; a changed feeling there is part of the finding ("it feels weird down below").
      '{numb} ~4 down below',
      'down below ~4 {numb}',
      'feels|feel|felt|feeling ~2 (strange|odd|weird|different|funny|numb) ~1 down (there|below)',
      'down (there|below) ~2 (feels|feel|felt|feeling) ~2 (strange|odd|weird|different|funny)',
      // "I don't have any feeling down there", "can't feel anything down below".
      "(no|lost|lost the|lost all|not much|hardly any|don't have any|do not have any|haven't got any|have no) (feeling|sensation) ~1 down (there|below)",
      "(can't|cannot|couldn't|can not) feel (anything|much|a thing) ~1 down (there|below)",
      // "I have lost all feeling in my privates", as the legs' own entries read it of the legs.
      '(lost|losing|lose|loss of|no|reduced|less|hardly any|not much) (the|all|some|any|of)? (feeling|sensation) (in|of|around) {my}? {saddle}',
      'saddle anaesthesia|numbness|area',
      "can't|cannot|couldn't feel ~3 {my}? {saddle}|bum|bottom",
      // Learners' English: "I do not feel the zone between the legs", "I not feel the bottom" (nothing
      // between: "I don't feel any pain in my bottom" is no numbness).
      "(not can|can not|no can|don't|do not|not) feel (the|my)? (zone|area|part|region)? {saddle} $",
      "(not can|can not|no can|don't|do not|not) feel (the|my)? (zone|area|part|region)? {saddle} (when|properly|well|at all|anymore|any more|since|from|after|today|now|,|and)",
      'feels|feel|felt ~2 strange|odd|weird|different|funny|numb ~4 (when i wipe|wiping|wipe)',
      "wipe|wiping|wiped|wipes ~8 (strange|odd|weird|different|funny|numb|not my own|isn't my own)",
      'toilet paper|roll ~3 feels ~2 strange|odd|different|weird|numb',
      // "My bottom does feel rather strange", "my bum feels funny": a changed feeling there.
      '({saddle}|bum|bottom|backside|down below|down there) (does|do|has|have)? (feels|feel|felt|feeling|been feeling|started feeling|gone) (rather|quite|a bit|a little|a little bit|really|very|so|kind of|sort of|all)? (strange|odd|weird|different|funny|numb|dead|tingly|fuzzy)',
      // "I can't feel the toilet seat under me".
      "(can't|cannot|couldn't|don't|do not|didn't|did not) ~1 feel ~2 (toilet seat|the seat|seat) && (loo|toilet|sit|sitting|under me)",
      '{numb} ~4 (toilet seat|the seat)',
      // "My bum cheeks and between my legs are asleep": the saddle gone to sleep, as a limb does.
      // The verb of going to sleep is said, so "my bottom is too sore to sleep" (no sleep for the pain) is not.
      '({saddle}|bum|bottom|backside|bum cheeks|butt cheeks|cheeks) ~3 (is|are|gone|went|goes|go|has gone|have gone|keeps going|keep going|feels|feel|feeling|fell|falls) (asleep|to sleep)',
      // "My bum doesn't feel like my own".
      "{saddle} ~3 (doesn't|does not|don't|do not|isn't) ~1 feel like ~1 (my own|mine|its own|part of me)",
      // "I can't really feel the toilet paper when I wipe".
      "(can't|cannot|couldn't|can not) ~2 feel ~4 (toilet paper|tissue|paper|wiping|when i wipe|wipe|go to wipe|go and wipe)",
      // A note's "reduced perianal sensation", "saddle sensation altered".
      '(reduced|altered|decreased|diminished|impaired|lost|loss of) ~1 {saddle} ~1 sensation|sensory|feeling',
      '{saddle} ~1 sensation|sensory ~2 (reduced|altered|decreased|diminished|impaired|lost|absent|disturbance|disturbed|changes)',
    ],
    'Numbness or tingling around the genitals, back passage, buttocks or inner thighs, or a changed feeling when wiping.',
  ),
  e(
    ['saddle_numbness'],
    [
      '({saddle}|bum|bottom|backside|bum cheeks|butt cheeks) ~3 ({numb}|asleep|to sleep|dead) ~3 (from|after|when|while|on|during) (a|the|my)? (long|hard)? (sitting|sat|drive|driving|journey|flight|plane|train|coach|bus|chair|bench|bleachers|bike|saddle|ride|film|movie|meeting)',
    ],
    // "My bum went to sleep on the long drive", "my bum went numb sitting on the hard bleachers": one of
    // the commonest feelings of a seat, read as saddle numbness (an emergency). Still a change of feeling
    // there, so asked, never said nor denied.
    'A numb or sleeping bottom from a long sit: asked.',
    { affirmed: 'unknown', negated: 'unknown', overrides: ['saddle_numbness'] },
  ),
  e(
    ['saddle_numbness'],
    [
      '({numb}|numbness|tingling|tingly|pins and needles) ~3 (except|apart from|other than|besides|aside from|bar|but for|only) (in|on|around|round|between)? {my}? (down below|down there|{saddle}|bum cheeks|butt cheeks)',
    ],
    // "I don't have any numbness except down below" was read as no numbness anywhere, the saddle too.
    'Numbness denied everywhere "except down below": the exception is the saddle, numb (had everywhere "except down below", the saddle is asked).',
    { negated: 'present', affirmed: 'unknown' },
  ),
  e(
    [],
    [
      'wipe|wiping|wiped|wipes ~8 (strange|odd|weird|different|funny|unusual) (smell|smelling|smells|discharge|colour|color|coloured|colored|stuff|mark|marks|stain|blood|bits|lumps|lump|looking|brown|yellow|green|pink|red|black)',
    ],
    // "When I wiped there was a weird discharge", "a funny smell when I wipe": something seen or smelt on
    // the paper, not a changed feeling of the skin (read as saddle numbness, a cauda equina warning).
    'Something strange seen or smelt when wiping is not numbness.',
    { overrides: ['saddle_numbness'] },
  ),
  e(
    [],
    ['(on|off) (my|his|her|their|your|our) feet', '(my|his|her) feet up'],
    // "My back aches when I'm on my feet": standing, not pain in the feet (both of which would be pain in
    // both legs, which P16 sends to 999). Unsteady or numb feet are still read.
    'Being on one\'s feet is standing; "feet up" is resting.',
    { overrides: ['leg_pain_both_legs', 'leg_pain_below_knee'] },
  ),
  e(
    [],
    [
      "(can't|cannot|couldn't|can not) go at all && (walk|walking|move|moving|out|anywhere|far|stairs|stiff|work|gym)",
    ],
    // "I can't go at all, my back is too stiff to walk": going anywhere, not to the toilet.
    'Not able to go anywhere, said beside walking or moving, is no trouble passing urine.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    [],
    [
      '(feet|foot) ~5 (shoes|shoe|boots|heels|trainers|sandals|flip flops|wellies)',
      '(shoes|shoe|boots|heels|trainers|sandals|flip flops|wellies) ~5 (feet|foot)',
    ],
    // "My feet hurt in these new shoes": the shoes, not pain in both legs (which P16 sends to 999).
    'Feet that hurt in shoes or boots are sore feet, not pain spreading into the legs.',
    { overrides: ['leg_pain_both_legs', 'leg_pain_below_knee'] },
  ),
  e(
    [],
    [
      '(legs|knees|leg) ~3 (like jelly|jelly like|jelly) && (gym|workout|work out|exercise|run|running|training|squats|class|spin|marathon|hike|climb)',
      'weak at the knees ~3 (thinking|about|over|when|with|at the thought|seeing|looking)',
    ],
    // "After the gym my legs were like jelly", "weak at the knees thinking about the dentist": tired
    // after exercise, or an idiom of feeling, not weak legs.
    'Legs like jelly after exercise, or "weak at the knees" at a thought, are no weakness of the legs.',
    { overrides: ['weakness_both_legs', 'weakness_one_leg'] },
  ),
  e(
    [],
    ['between (my|the|his|her|your)? legs'],
    // "Can't feel my bum or between my legs": the saddle, not the legs (the saddle entry reads it).
    'Between the legs is the groin and saddle, not the legs themselves.',
    { overrides: ['numbness_both_legs', 'leg_pain_both_legs', 'weakness_both_legs', 'numbness_one_leg'] },
  ),
  // Bladder and bowels.
  e(
    ['urinary_retention'],
    ['bladder', 'waterworks', 'peeing', 'pee', 'weeing', 'wee', 'urine', 'urinating', 'passing water'],
    'A bare mention of the bladder or peeing says nothing; "peeing is normal", "my bladder is fine" plainly deny trouble passing urine.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    [
      'bladder|waterworks ~2 and|or|& ~2 bowel|bowels',
      'bowel|bowels ~2 and|or|& ~2 bladder|waterworks',
      'bladder / bowel',
      // "No problem in urine and motion" (South Asian "motion" is a stool), "pee n poo normal".
      '(urine|pee|peeing|urination|wee|weeing) ~2 (and|or|&|n) ~2 (motion|motions|stool|stools|poo|pooing|bowel|bowels)',
      '(motion|motions|stool|stools|poo|pooing) ~2 (and|or|&|n) ~2 (urine|pee|peeing|urination|wee|weeing)',
      'bowel / bladder',
      'the toilet',
      'the loo',
      'toilet ~2 normal|fine|ok|problems|trouble',
      // "I not have problem with toilet": said the other way round, and denied only with a negation.
      '(problem|problems|trouble|issue|issues) (with|in|on) (the|my)? (toilet|loo)',
      'continence',
    ],
    'The bladder and bowels, or "the toilet", said to be fine plainly deny trouble passing urine and loss of control.',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    [
      '(been|go|gone|going|get|got|use|used|using) (to)? (the)? (toilet|loo) properly',
      // "I'm not going to the toilet much" is going less (perhaps not able to), no bladder said to be fine.
      '(been|go|gone|going|went) (to)? (the)? (toilet|loo) (much|very much|as much|often|very often|as often|a lot)',
    ],
    '"Haven\'t been to the toilet properly in days", "not going to the toilet much" are trouble going, not a bladder said to be fine: asked.',
    { says: 'vague', affirmed: 'none', negated: 'unknown' },
  ),
  e(
    ['urinary_retention', 'incontinence'],
    [
      '(nothing wrong|no problems|no problem|no issues|no trouble) with {my}? (waterworks|bladder|toilet|loo|bladder or bowels|bladder and bowels|waterworks or bowels)',
      // "No bladder issues", Australian "no dramas with the waterworks".
      '(no|without|without any|not any) (dramas|drama|worries|bother|troubles) with (my|the)? (waterworks|bladder|toilet|loo)',
      '(no|without|without any|not any) (bladder|waterworks) (issues|issue|problems|problem|trouble|troubles|dramas)',
    ],
    '"Nothing wrong with my waterworks": a statement of normality, which starts no list of denials after it.',
    { says: 'absent' },
  ),
  e(
    ['urinary_retention'],
    [
      '(no|without|without any|not any) (water|urine|wee|pee|peeing|weeing) (issues|issue|problems|problem|trouble|troubles|dramas)',
    ],
    // Bowel control is not said of: the denial is of passing urine only.
    'Older people\'s "no water trouble", "no urine problems": passing urine is fine.',
    { says: 'absent' },
  ),
  e(
    ['urinary_retention'],
    [
      '{unable} ~2 {pee}',
      '{unable} ~3 start ~2 {my}? {pee}|stream|flow|going',
      'getting {my} {pee} started',
      // "Wee is fine, well it was until today, now nothing comes out": peeing is named in the sentence.
      '(nothing|none|not a drop|not much|hardly anything) (comes|coming|came|will come|is coming) (out)? && wee|pee|urine|peeing|weeing|bladder|toilet|loo',
      'weak|poor|slow stream|flow',
      // "My stream is really weak now": one's own stream is the urine's.
      '{my} stream (is|has been|was|is getting|has got|has become|seems) ~2 (weak|weaker|poor|slow|slower)',
      // "I have to wait ages for my pee to start", "the stream is weak".
      '(wait|waiting|waited) ~3 for ~1 {my}? {pee}|stream|flow ~1 to (start|come|get going|begin)',
      // Said of peeing only: "the wifi stream is weak", "the water flow is slow in the shower" say nothing.
      '(stream|flow) (is|has been|was|is getting|has got|has become) ~1 (weak|weaker|poor|slow|slower) && {pee}|{urine}|urinating|bladder|toilet|loo',
      // "My water has been difficult", as older people say it.
      'my water (is|has been|was|has got|is getting) ~1 (difficult|slow|poor|weak|a struggle|hard)',
      // "Peeing is really difficult".
      '{pee} (is|has been|was|is being|feels) ~2 (difficult|hard|a struggle|tricky|an effort)',
      'dribbl*',
      'hesitancy',
      'retention',
      'retaining ~2 urine|water',
      'bladder ~3 feels? full ~3 after|afterwards|still',
      'bladder ~2 still feels full',
      // "My bladder feels full but I can't go", "I need to go but I can't" (said of the toilet): the urge
      // without the pee.
      "bladder ~3 full && (can't|cannot|couldn't|unable to|not able to) ~1 (go|pee|wee|empty it|get it out|get anything out) (at all|properly)? $",
      "(need|needs|needing|want|wanting) (to pee|to wee|to go to the toilet|to go to the loo|the toilet|the loo|a wee|a pee) ~1 (but|and) (i|he|she)? (can't|cannot|couldn't|can not) (go|pee|wee|get it out|get anything out|do it|start)? $",
      "(need|needs|needing|want|wanting) to go (but|and) (i|he|she)? (can't|cannot|couldn't|can not) $",
      'incomplete emptying',
      "haven't|hasn't|not ~2 (peed|weed|passed urine|been for a wee|been for a pee) ~4 (since|all day|for|in)",
      // "He hasn't peed today", "I haven't weed yet this morning".
      "haven't|hasn't|hadn't|not ~2 (peed|weed|passed urine|passed water|been for a wee|been for a pee) (today|yet|at all|all night|all morning|this morning|this afternoon)",
      // "I haven't had a wee since last night", "not had a pee in 14 hours", "not done a wee all day".
      "(haven't|hasn't|not|hadn't) ~2 (had|done|did|gone for|been for) a (wee|pee|piss|wazz|widdle|tinkle) ~4 (since|all day|all night|for|in|today|yet)",
      // Learners' English puts the negation right before the verb of peeing: "I am not able to do urine
      // from morning", "I didn't made urine from yesterday", "she no pass urine whole day" (the bare
      // "urine" under the negation had read as peeing fine).
      "(not|no|never|didn't|did not|don't|do not|doesn't|does not|haven't|hasn't|can't|cannot|couldn't|unable to|not able to) (do|did|done|make|made|making|pass|passed|passing|doing) (any|the)? (urine|wee|pee|water|toilet for urine)",
      // "I've not had a proper poo or wee for two days": none passed either way (no loss of control).
      "(haven't|hasn't|not|hadn't) ~2 (had|done|been for) a (proper|real|decent|good|normal)? (poo|number two) (or|and|nor) (a)? (wee|pee) ~4 (since|all day|for|in|today|yet)",
      // "Haven't had a proper wee since lunchtime": not one that counts is still none passed (the bare
      // "wee" under a denial had read it as peeing fine).
      "(haven't|hasn't|not|hadn't) ~2 (had|done|did|gone for|been for) a (proper|real|decent|good|full|normal|single|big) (wee|pee|piss|wazz|widdle|tinkle) ~4 (since|all day|all night|for|in|today|yet)",
      "(haven't|hasn't|have not|has not|not) passed (any|much) water|urine",
      // "No wee since this morning", "no pee for 12 hours", "had no urine all day": none passed, said with
      // a time right after it ("no wee problems since the op" is a denial; "no water" may be a drink).
      'no (wee|pee|piss|urine|wees|pees|weeing|peeing) (since|all day|all night|for|today|yet)',
      // Indian English: "urine is not coming properly".
      "urine|wee|pee (is|isn't|was|wasn't)? (not|isn't|won't|doesn't|wasn't) ~1 (coming|come|flowing|flow|passing) (out|properly|freely)?",
      "urine|wee|pee (also|too|still|even) (not|isn't|won't|doesn't|wasn't) ~1 (coming|come|flowing|flow|passing)",
      // "Urine is coming drop by drop", "urine is stopping in between": a poor, broken stream.
      '{urine} ~3 (drop by drop|in drops|only drops)',
      '{urine} ~3 (stops|stopping|stopped) ~1 (in between|in the middle|midway|and starts)',
      // "I have not urinated since yesterday night".
      "(haven't|hasn't|not|hadn't|have not|has not) ~2 (urinated|urinate) ~4 (since|all day|all night|for|in|today|yet)",
      // "Not able to pass motion and urine" (South Asian "motion" is a stool).
      '{unable} ~1 pass ~1 (motion|motions|stool|stools) (and|or|&) urine',
      "(haven't|hasn't|not|hadn't) ~2 (been|gone) ~4 (for a|to) (wee|pee|piss|wazz) ~4 (since|all day|all night|for|in|today|yet)",
      // A bladder that never feels empty.
      "bladder ~3 (never|doesn't|does not|don't|not) ~1 (feel|feels) ~1 empty",
      'not passed urine',
      // "I can't go at all", said of the toilet (going nowhere else is said so bare).
      "(can't|cannot|couldn't|can not) (go|pee|wee) at all $",
      // "I can barely pee", "could hardly wee": only a little, with effort.
      '(can|could|can only) (barely|hardly|scarcely) ~1 (pee|wee|urinate|piss|pass urine|pass water|empty my bladder|go for a wee|go for a pee)',
      // "I can hardly get any pee out", "can barely squeeze a wee out".
      '(can|could|can only) (barely|hardly|scarcely) (get|squeeze|force|push) ~2 (pee|wee|urine|water|piss) out $',
      '(can|could|can only) (barely|hardly|scarcely) (get|squeeze|force|push) ~2 (pee|wee|urine|water|piss) out (even|though|although|and|but|since|at|when|for|now|today|anymore|any more)',
      "(hasn't|haven't|has not|have not|not) passed water|urine $",
      // "I'm not peeing." said and left there ("not peeing normally" is trouble of some kind: asked).
      "(not|haven't|hasn't|have not|has not) ~1 (peeing|weeing|urinating) $",
      'bursting ~4 {unable}',
      // Trying to go and nothing coming: "I try to go but nothing happens" ("but" ends a clause, so both
      // halves are asked of the sentence).
      '(try|tries|trying|tried) ~2 ({pee}|wee|go) && nothing ~2 (comes|came|coming|happens|happened|happening)',
      'nothing ~2 (comes|came|coming) out && {pee}|wee|toilet|loo|bladder',
      // "Peeing fine apart from it won't come out": the trouble told after a word of peeing.
      "(it|it's|its) (won't|wont|will not|doesn't|does not|isn't|is not|didn't|did not) (come|coming) out && {pee}|wee|weeing|peeing|urine|bladder|toilet|loo",
      // "Slow to start", "takes ages to get going" said of peeing.
      '(slow|hard|difficult|ages|forever|ages and ages) ~1 to (start|get going|get started|come) && {pee}|wee|stream|flow',
      // Not feeling the need at all: lost bladder sensation.
      "(don't|do not|didn't|did not) ~1 (feel|get) ~2 (need|urge) to ~1 ({pee}|go|wee)",
      'only ~1 (a little|a trickle|a dribble|a few drops|drops|dribbles) ~3 (comes|come|came|coming) out',
      // Not feeling the bladder fill is a sign of the same nerve trouble.
      // "Go" only as "need to go": "I can't feel my legs when I go for a walk" is no bladder sign.
      '{unable} ~1 tell|feel ~3 (need to|needing to|need a) ({pee}|go|wee)',
      '{unable} ~1 tell|feel ~3 when|if ~3 {pee}|wee',
      // "I am not getting the feeling of urine": no sense of a full bladder.
      "(not|don't|didn't|do not|did not|no) ~1 (getting|get|feel|feeling) ~1 (the)? (feeling|sensation|urge|pressure) (of|to|for) ~1 (urine|pee|wee|urinate|pass urine|passing urine)",
      // "I have to press my stomach to pass urine", "straining to pee".
      '(press|pressing|push|pushing|strain|straining) ~4 to ~1 {pee}',
      '{pee} (with|in) (difficulty|difficult|trouble|effort|straining)',
      // "Peeing a bit weird, like I can't get it out".
      '{unable} ~1 get (it|the pee|the wee|the urine|urine|pee|wee) out && {pee}|wee|urine|bladder',
      "(don't|do not) know when ~2 need to ~1 {pee}|go|wee",
      "(don't|do not) know when ~2 need a ~1 wee|pee",
      // "I can't remember the last time I had a wee": the forgetting is no hedge of it.
      "(can't|cannot|don't|do not) remember ~2 (the last time|when i last) ~2 (had a wee|had a pee|peed|weed|went for a wee|went for a pee|passed water|passed urine)",
    ],
    'New difficulty starting to pee, a weak stream, a bladder that still feels full, or being unable to pee.',
  ),
  e(
    [],
    [
      // Where or how it is not done: "I don't do urine in the bed", "she is not doing urine in her clothes",
      // "I did not pass urine with blood". The habit denied: "I don't pass urine at night", "not passing
      // water more than usual".
      "(not|no|never|didn't|did not|don't|do not|doesn't|does not|haven't|hasn't) (do|did|done|make|made|making|pass|passed|passing|doing) (any|the)? (urine|wee|pee|water) (in|on) (the|my|her|his|their)? (bed|clothes|pants|nappy|sleep|myself|herself|himself|floor)",
      "(not|no|never|didn't|did not|don't|do not|doesn't|does not|haven't|hasn't) (do|did|done|make|made|making|pass|passed|passing|doing) (any|the)? (urine|wee|pee|water) (with|without) (blood|pain|burning|stinging)",
      "(not|no|never|don't|do not|doesn't|does not) (do|make|making|pass|passing|doing) (any|the)? (urine|wee|pee|water) (at night|in the night|more|any more|anymore|often|so often|as often|too often|frequently|much more|so much|as much|a lot|many times|more than)",
    ],
    // The learners' denial of peeing above is of none passed; a place, a manner or a habit after it says
    // the denial is of wetting, blood or going often (it was read as not able to pass urine, an emergency).
    'Not peeing in the bed, with blood or at night says nothing of trouble passing urine.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    [],
    [
      '(nothing|not much|hardly anything) ~1 (comes|coming|came|will come|is coming|would come) (out)? && constipated|constipation|poo|pooing|bowels|stool|stools|motions',
      // "Constipated, on the loo for ages and it won't come out": the same, with "it" for what is stuck.
      "(it|it's|its) (won't|wont|will not|doesn't|does not|isn't|is not|didn't|did not) (come|coming) out && constipated|constipation|poo|pooing|bowels|stool|stools|motions",
    ],
    // "I need a poo but nothing will come out", "constipated, on the loo for ages and nothing comes out":
    // the bowels, on the toilet, not the bladder (read as not able to pass urine, an emergency). A
    // wee named of its own ("can't wee either") is still read; "I try to wee or poo but nothing comes out"
    // is then asked.
    'Nothing coming out when trying to open the bowels is constipation, not trouble passing urine.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    [],
    [
      'accident && car|cars|van|lorry|truck|bus|bike|motorbike|cycling|driving|drove|motorway|road|crash|crashed|collision|ladder|scaffold|roof|skiing|horse',
    ],
    // "I was driving but I had an accident last night, a car went into the back of me", "… an accident
    // yesterday at work, fell off a ladder": an accident on the road or from a height, not of the bladder.
    'An accident of the road or a height is no incontinence.',
    { overrides: ['incontinence'] },
  ),
  e(
    ['incontinence'],
    [
      'wet|wetting ~2 (myself|herself|himself|the bed)',
      'soiled|soiling|messed ~2 myself|herself|himself',
      'pooed|pooped|peed|weed|pissed ~2 myself|herself|himself',
      'pooing|pooping|peeing|weeing|pissing|wetting ~2 myself|herself|himself',
      // "I am urinating on myself", "he passed urine on himself".
      '(urinating|urinated|urinate|passing urine|passed urine|pass urine) (on|in)? (myself|herself|himself)',
      // South Asian and learners' English: "urine is coming automatically", "the pee comes alone without
      // I want", "urine comes without my knowledge".
      '{urine} ~3 (comes|coming|came|passes|passing|passed|goes|going|leaks|leaking) ~2 (automatically|by itself|on its own|alone)',
      '{urine} ~3 (comes|coming|came|passes|passing|passed|goes|going) ~1 without ~2 (knowing|knowledge|control|noticing|feeling|want|wanting|my will)',
      'peed|peeing|pee|wet|wetting|pissed|pissing|pooed|pooing|pooped|pooping|soiled|soiling {my}|his|her (pants|knickers|trousers|underwear|pyjamas|nappy|pad)',
      'accident|accidents ~4 {pee}|wet|toilet|myself|bladder|bowel|bowels|waterworks|peed',
      'had ~4 accident|accidents ~3 where',
      // "I didn't make it to the loo in time": not reaching it is the loss of control.
      "(didn't|did not|don't|do not|couldn't|could not|can't|cannot|not|never) ~1 make it to the (loo|toilet|bathroom|lav)",
      '{unable} ~1 make it to the (loo|toilet|bathroom|lav)',
      'leak|leaking|leaked|leaks|leakage ~3 urine|wee|pee|water|poo',
      // The organ that leaks: "my bladder is leaking", "bowels leaking", "a leaky bladder".
      '(bladder|bowel|bowels|waterworks) ~2 (leak|leaking|leaked|leaks|leaky)',
      'leaky (bladder|bowel|bowels)',
      // Not a free gap: in "I've lost control of my bladder, bowels are fine" the bowels are fine.
      '(lost|losing|loss of) ~2 control (of|over) (both)? {my}? bladder|bowel|bowels|waterworks',
      '(lost|losing|loss of) {my}? (bladder|bowel|bowels|sphincter) control',
      // "I've no control over my bladder", "haven't got any control over when I poo": the negation is
      // the complaint.
      '(no|zero) control (of|over) {my}? bladder|bowel|bowels|waterworks',
      '(no|zero) control (of|over) when i ~1 poo|pee|wee|go',
      "(haven't|hasn't|have not|has not|don't|do not|not) ~2 (any|much) control (of|over) {my}? bladder|bowel|bowels|waterworks",
      "(haven't|hasn't|have not|has not|don't|do not|not) ~2 (any|much) control (of|over) when i ~1 poo|pee|wee|go",
      '(it|wee|pee|poo|urine) (just|simply) ~1 (comes|came|comes out|came out|pours|flows|leaks) && {pee}|wee|bladder|poo|toilet',
      "can't|cannot|couldn't ~2 hold ~3 {my}? ({pee}|it in|bladder|bowels|wee|poo|poop)",
      "(can't|cannot|couldn't|could not) ~1 hold (it|on) && wet|peed|weed|pooed|wee|pee|poo|myself|toilet|loo",
      // "I didn't realise I'd wet myself": not knowing is the sign.
      "(didn't|did not|wasn't|was not|don't|do not|not|never) ~1 (realise|realize|realising|realizing|notice|noticing|know|knowing|aware|feel|feeling) ~3 (wet|peed|weed|pooed|pooped|soiled|pissed|messed) ~1 myself|herself|himself|themselves",
      '{unable} ~1 tell|feel ~3 (when|if) ~3 (poo|poop|need to go|bowels)',
      // "I can't feel it when I go": no feeling of the pee or poo passing.
      "(can't|cannot|couldn't|don't|do not|didn't) feel ~1 (it|anything|the wee|the pee|the poo) ~1 (when|as) i (go|pee|wee|poo)",
      "(leaking|leak|dribbling|accidents) ~2 (hasn't|haven't|won't|doesn't|don't|not) ~1 (stopped|stop|stopping)",
      'bowels|bladder ~2 (just)? (open|opened|opens|empty|emptied|empties|go|went|goes|let go) ~2 without (warning|me knowing|me noticing|me feeling)',
      "(can't|cannot|couldn't|unable to) ~2 control ~2 {my}? ({pee}|bladder|bowels|bowel|wee|poo)",
      // "Can't control my wind or poo", "can't control my bladder or bowels": a list of what is lost.
      "(can't|cannot|couldn't|unable to|cant) ~2 control ~1 {my}? (wind|farts|bladder|bowels|wee|pee|poo) (or|and|&|n) {my}? ({pee}|bladder|bowels|bowel|wee|poo|poop)",
      // "I can't feel when I'm going": no feeling of the pee passing.
      "(can't|cannot|cant|couldn't|don't|do not|didn't) (really)? feel (when|if) (i'm|im|i am) (peeing|weeing|having a wee|passing urine|emptying|going to the toilet|going to the loo|going for a wee)",
      "(can't|cannot|cant|couldn't|don't|do not|didn't) (really)? feel (when|if) (i'm|im|i am) going $",
      // "Not able to control urine", "I cannot control my motions" (South Asian "motion" is a stool).
      "(can't|cannot|can not|couldn't|unable to|not able to|no longer able to) ~2 control ~2 {my}? (urine|motion|motions|stool|stools)",
      '(lost|losing|loss of|lose) ~2 control (of|over|on) (both)? {my}? (urine|motion|motions|stool|stools|pee|wee)',
      // "Urine is not stopping, it leaks", "urine leakage when I cough".
      '{urine} ~3 (leak|leaks|leaking|leaked|leakage)',
      // "Well I did leak a bit today": the person leaking, after talk of control.
      "(i|i've|i have) (did|have|had|just|keep|kept)? (leak|leaked|leaking) (a bit|a little|a little bit|some|a few times|again)? && control|wee|pee|bladder|toilet|loo|wet",
      "(well|but|though|although|actually) (i|i've|i have) (did|have|had|just)? (leak|leaked|leaking)",
      // "I'm not incontinent but I did have an accident last night": the accident is the loss of control.
      "(but|though|although|well|actually) (i|i've|i have) (did|have|had)? (have|had)? (an|a little|a small|the odd|a bit of an) accident (last night|in bed|in my sleep|overnight|in the night|this morning|today|yesterday|again)",
      // A leak on a cough or a sneeze is the bladder's, whatever the cause: "the odd leak when I sneeze".
      '(leak|leaks|leaking|leaked|leakage|leaky) ~3 (when|if|as|whenever|every time) (i|she|he)? (cough|coughs|coughed|coughing|sneeze|sneezes|sneezed|sneezing|laugh|laughs|laughing|jump|jumps|jumping)',
      '(cough|coughs|coughing|sneeze|sneezes|sneezing|laugh|laughs|laughing) ~2 (i|she|he)? (leak|leaks|leaking|leaked)',
      '(no|zero) control (of|over|on) {my}? (urine|motion|motions|stool|stools)',
      '{unable} ~2 holding|hold ~3 {my}? ({pee}|urine|water|it in|bladder|bowels|wee|poo|poop|stool|stools|motion|motions)',
      // "Had a little accident in my pants": the euphemism, only with where it happened (a car accident
      // is an injury).
      '(had|have|having|has|keep having) ~2 (accident|accidents) (in|on) ~1 (pants|trousers|knickers|underwear|undies|nappy|pad|pyjamas|pajamas|bed)',
      'incontinen*',
      'overflow',
      "didn't|don't|can't|cannot ~2 feel|know ~4 when ~3 {my}? (bladder|need to {pee})",
      "don't|didn't|can't ~2 know ~2 {my} bladder ~2 full",
      // "Nothing wrong with my bladder except I can't feel when it's full": the bladder named before.
      "(can't|cannot|can not|don't|do not|didn't|couldn't) (feel|tell|know) (when|if) (it's|it is|its|it gets|it's getting) full && bladder|wee|pee|urine|toilet|loo",
      // "Its pooing that's the problem, it just comes out without me knowing".
      '(comes|came|coming|come) out without (me|her|him) (knowing|feeling|noticing|realising|realizing)',
      'without ~2 feeling|realising|realizing|knowing ~4 wet|peed',
    ],
    'New loss of bladder or bowel control, or not knowing whether the bladder is full.',
  ),
  e(
    ['incontinence'],
    ['{unable} ~1 hold|holding ~2 {my}? ({pee}|{urine}|wee|water|it in)'],
    '"I can not hold the pee" is losing control, not being unable to pee.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['urinary_retention'],
    [
      "{urine} ~2 (not|isn't|doesn't|won't|wasn't|didn't) ~1 (coming|come|came|passing|pass|going) (out)? (on its own|by itself|automatically)",
    ],
    '"Urine is not coming out on its own, I have to push" is trouble passing it, not urine that comes by itself.',
    { overrides: ['incontinence'] },
  ),
  e(
    [],
    [
      '(problem|problems|trouble|issue) (is|was|has been)? (peeing|weeing|urinating|passing urine) (a lot|so much|too much|too often|so often|often|frequently|many times|all the time|constantly)',
    ],
    '"My main problem is peeing a lot" is peeing often, not trouble passing urine.',
    { overrides: ['urinary_retention'] },
  ),
  e(
    ['incontinence'],
    [
      "(can't|cannot|couldn't) stop ~1 (peeing|weeing|pissing|wetting|pooing|pooping) ~1 myself|herself|himself",
    ],
    '"I can\'t stop peeing myself" is loss of control, not being unable to pee nor peeing often.',
    { overrides: ['urinary_retention', 'burning_urination'] },
  ),
  e(
    ['sexual_dysfunction_new'],
    [
      '{unable} ~3 get|keep|maintain|have ~2 an? (erection|erections|hard on|it up)',
      'erection|erections ~3 problems|trouble|difficulty|difficulties',
      'erectile dysfunction',
      "(can't|cannot|couldn't|unable to) ~1 (get|stay|keep) hard",
      "(can't|cannot|couldn't) ~1 feel ~2 (anything|much|a thing)? ~2 (during|with|in|having) sex|intercourse",
      'impotence',
      'impotent',
      '{unable} ~2 ejaculate|ejaculating|climax|orgasm',
      'ejaculat* ~3 problems|difficulty|trouble',
      '(no|lost|loss of|reduced|less) ~2 feeling|sensation ~4 (during|with|in|having) sex|intercourse',
      'numb ~4 during ~2 sex',
      'loss of sexual ~2 sensation|feeling|function',
    ],
    'New loss of sexual sensation, or new erection or ejaculation problems.',
  ),
];

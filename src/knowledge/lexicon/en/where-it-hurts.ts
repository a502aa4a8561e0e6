/**
 * Where and how it hurts: places, kinds of pain, what makes it better or worse.
 * A pain word and a place within a few words of each other, in either order, make a located pain.
 */

import { e } from '../entry.ts';
import type { LexEntry } from '../types.ts';

export const whereItHurts: readonly LexEntry[] = [
  // Words that look like places but are not back pain.
  e(
    [],
    [
      'back of {my}? hand|head|neck|leg|legs|thigh|thighs|knee|knees|calf|arm|arms|throat|eye|eyes|foot|heel|car|van|queue|hands|fridge|cupboard|house',
      'back of {my}? (left|right|both|either) (leg|legs|thigh|thighs|knee|knees|calf|calves|arm|hand|foot|heel)',
      'came|come|comes|coming|went|go|goes|flew|drove|fly|drive|call|called|bring|brought|hold|held|pay|paid|cut|cutting|sit|sitting|lie|lying|lay back',
      'back home|then|up|seat|garden|door|yard|pocket|passage',
      // "Got back from holiday"; a bare "back from" is also South Asian "pain in lower back from 2 weeks".
      "(got|get|gets|getting|just|arrived|been|was|were|am|i'm|are|is|we're|flew|drove|walked|travelled|traveled) back from",
      'back from (holiday|holidays|work|school|college|uni|hospital|abroad|vacation|town|visiting|seeing)',
      'back to work|normal|bed|sleep|school|college|the|my|her|his|square|front',
      'back and forth',
      'back in the day',
      'lie|lying|lay|laying|sleep|sleeping|sit|sitting|flat on {my} back',
      '{my} back passage',
    ],
    'These phrases use "back" for a direction, a time or another part of the body ("came back", "back of my hand", "lying on my back"), not for back pain.',
    { overrides: ['pain_lower_back', 'pain_upper_back', 'pain_through_to_back'] },
  ),
  e(
    [],
    [
      'lie|lying|lay|laying|lies|sleep|sleeping|sleeps|slept|turned|turn on {my} left|right? side|sides',
      '{my} left|right|other? side of {my} {lowback}|back|spine|body',
      'either side of {my} spine|back',
      'both sides of {my} spine|back',
      'side effect|effects',
      'on the right|left side',
      'on one side',
      // Five-a-side football is a game, not a side of the body.
      '(4|5|6|7|8|11|four|five|six|seven|eight|eleven) a side',
    ],
    '"Side" as a position or a side of the back ("lying on my side", "the left side of my lower back", "either side of my spine") is not flank pain.',
    { overrides: ['pain_flank'] },
  ),
  e(
    [],
    ['bottom of {my} back|spine', 'bottom of the back', 'small of {my} back'],
    '"The bottom of my back" is the lower back, not the buttocks or the saddle area.',
    { overrides: ['pain_buttock', 'saddle_numbness'] },
  ),
  e(
    ['pain_lower_back'],
    [
      '{pain} ~6 {my}? {lowback}',
      '{lowback} ~6 {pain}',
      '{pain} ~6 {my}? back|spine',
      'back|spine ~6 {pain}',
      'back pain|ache|aches|spasm|spasms',
      'backache|backpain|lumbago',
      'lower back pain',
      'lbp',
      // "Back's been grumbling for 2 weeks": a nagging ache (not in the pain words, as a grumbling tummy
      // is a noise).
      '(back|spine|{lowback}) ~2 (grumbling|grumbly|grumbled)',
      '{my} back|spine|{lowback} ~2 {went}',
      '(put|threw|throw|thrown|did|hurt|injured|injure|strained|strain|pulled|tweaked|jarred|wrenched|ricked|cricked|twisted|wrecked|done in) {my} back|{lowback}',
      'felt {my} back|{lowback} ~2 go|catch|twinge|give|seize|lock',
      '{my} back|{lowback} ~2 gone|went|going into spasm',
      '{lowback} muscles|muscle',
      'muscles ~3 {my}? {lowback}',
      'back muscles|muscle',
      'muscles ~3 {my} back',
    ],
    'Pain, stiffness or spasm in the back. A person who says "my back" means the lower back unless they name another part: most back pain is lumbar.',
  ),
  e(
    ['pain_lower_back'],
    [
      'waist ~6 {pain}',
      '{pain} ~6 {my}? waist',
      'waist ~2 (catch|caught|catches|catching) me',
      // "A bad back", "an old man with a dodgy back".
      'bad|dodgy back',
      // A back said to be bad, without "my" as people type it: "back has been bad for a fortnight",
      // "back's been in bits", "back's been at me" (Irish), "back's playing up".
      // "Back just went suddenly", "back's gone again": the back giving way, typed without "my".
      'back (just|suddenly|completely|totally|has)? (went|gone|gave out|gave way) (on me|suddenly|again|completely|$)',
      'back (is|was|has|had|have|been|keeps|kept|still)? (been|being)? ~1 (bad|in bits|at me|murder|terrible|awful|wrecked|shocking|dreadful|rough|a nightmare|acting up|giving me gyp|giving me jip|giving me grief|giving me hell|in a bad way|no good|banjaxed|knackered|crook|in flitters|buggered|stuffed|shot)',
    ],
    // Only beside a word of pain: "my trousers are loose at the waist" says nothing.
    'In South Asian and West African English the "waist" that hurts ("my waist is paining me", "waist pain") is the lower back.',
  ),
  e(
    ['pain_lower_back'],
    ['{lowback}', '{my} back', 'her back', 'his back'],
    'In a story about back pain, the lower back (or "my back") is named because it hurts; "my lower back is fine" is the plain denial.',
  ),
  e(
    ['pain_upper_back'],
    ['{upperback}', 'back ~2 {upperback}'],
    'In a story about back pain, the upper back or the shoulder blades are named because they hurt ("my back between the shoulder blades").',
    { overrides: ['pain_lower_back'] },
  ),
  e(
    ['pain_lower_back'],
    [
      'back , neck|shoulders|shoulder|hips|arms|legs|knees',
      'neck|shoulders|hips|arms|legs|knees , back',
      'neck|shoulders|hips|arms|legs|knees and back',
    ],
    'The back named in a list of aching places is back pain too.',
  ),
  e(
    ['pain_upper_back'],
    [
      '{pain} ~6 {my}? {upperback}',
      '{upperback} ~6 {pain}',
      '{upperback} ~3 {went}',
      'muscles ~3 {upperback}',
      'through to {my}? {upperback}',
      'thoracic back pain',
      // "My back has been agony in the middle": the middle of the back named after the pain (not "my
      // lower back … in the middle", nor "in the middle of the night").
      '{my} back ~4 in the (middle|centre|center) $',
    ],
    'Pain between or around the shoulder blades, or in the middle of the back, is upper back pain, not lower.',
    { overrides: ['pain_lower_back'] },
  ),
  e(
    ['pain_flank'],
    [
      '{pain} ~5 {my} left|right? side|sides',
      '{my} left|right? side|sides ~5 {pain}',
      '{pain} ~6 {my}? {flank}',
      '{flank} ~5 {pain}',
      'flank pain',
      'loin pain',
      'renal angle tenderness',
      'from {my}? {lowback}|back|spine round|around to? {my} left|right? side',
      'round|around into|to? {my} left|right? side ~4 {lowback}|back',
    ],
    'Pain in one side of the body between the ribs and the hip, or "in the kidneys", is flank pain.',
  ),
  e(
    ['pain_flank'],
    [
      'side ,? under {my} ribs',
      'side ,? below {my} ribs',
      'wrap|wraps|wrapping|wrapped round|around',
      '{back} ~4 under|below {my} left|right? ribs',
    ],
    'Pain in the side under the ribs is flank pain, not tummy pain.',
    { overrides: ['pain_abdomen'] },
  ),
  e(
    ['pain_buttock'],
    [
      '{pain} ~6 {my}? {buttock}',
      '{buttock} ~8 {pain}',
      'sciatica ~3 {buttock}',
      'buttock pain|ache',
      // The back pain that spreads there: "it goes into my left butt cheek".
      '(it|pain|ache|aching|which|that) (radiates|radiating|spreads|spreading|shoots|shooting|goes|going|went|moves|travels|travelling) (down|right)? into {my} (left|right)? {buttock}',
      // A note-like list drops the subject: "Low back, right side, goes into my buttock" (of the back only:
      // "the needle goes into my buttock" says no pain).
      '(radiates|spreads|shoots|goes|travels) (down|right)? into {my} (left|right)? {buttock} && back|{pain}|ache|aching|sore',
      // Where a flare goes, with no verb or pain word: "my back's flared up again, down my left buttock and
      // thigh" (not "into", as a needle goes into a buttock).
      'down {my} (left|right)? {buttock} && back|flared|flare|sciatica|disc|{pain}',
    ],
    'Pain in the buttocks ("bum", "bottom", "glutes").',
  ),
  e(
    ['pain_radiates_groin'],
    [
      '{pain} ~6 groin|testicle|testicles|genitals',
      'groin ~4 {pain}',
      'radiat*|spread*|shoot*|shooting|going|goes|go|went|moves|travels|into ~4 {my}? groin|testicle|testicles|genitals',
      // "Private part(s)", "privates": the genitals said politely (West African and South Asian English
      // too: "the pain dey go down to my private part").
      // The way the pain travels, said without a verb near the groin: "goes round to the front and down
      // to my groin" (the verb is in an earlier clause).
      'down|round (to|into) {my}? groin|testicle|testicles|genitals',
      '{pain} ~6 (private part|private parts|privates|private area)',
      'radiat*|spread*|shoot*|shooting|going|goes|go|went|moves|travels ~6 (down|into|to) {my}? (private part|private parts|privates|private area)',
      'groin pain',
    ],
    'Pain that spreads into the groin or genitals.',
  ),
  e(
    [],
    [
      // What reaches the groin is a rash or a lump, not the pain: "a rash round to my groin", "a lump
      // down to my groin" ("down|round to my groin" is read without a verb of its own).
      'rash|rashes|spots|blisters|lump|lumps|bruise|bruising ~4 (down|round) (to|into) {my}? groin',
    ],
    'A rash, a lump or a bruise that reaches the groin is not pain spreading there.',
    { overrides: ['pain_radiates_groin'] },
  ),
  e(
    [],
    [
      'stomach|tummy bug|upset|flu|virus',
      'stomach|tummy acid',
      'stomach ulcer',
      'lying on {my} stomach|tummy|front',
      'pubic bone',
      'non tender ~2 {tummy}',
      'nontender ~2 {tummy}',
      '{tummy} ~3 (non tender|nontender)',
      // "Back and tummy exercises", "sleeping on my back and stomach": muscles worked or a way of lying,
      // not two places of a pain.
      '(back|{lowback}) (and|&|n|plus) {my}? {tummy} (exercises|exercise|strengthening|workout|workouts|stretches|crunches)',
      'on {my}? (back|side) (and|or|&|then) {my}? {tummy}',
    ],
    'A stomach bug, stomach acid or lying on the stomach is not tummy pain; pain over the pubic bone is pelvic girdle pain; a note\'s "non-tender abdomen" is an examination that found no tenderness.',
    { overrides: ['pain_abdomen'] },
  ),
  e(
    ['pain_abdomen'],
    [
      '{pain} ~6 {my}? {tummy}',
      '{tummy} ~6 {pain}',
      'tummy|stomach|belly ache|pain|pains',
      'round|around to {my}? {tummy}',
      'bellyache',
      'abdominal pain|pains|cramps',
      '{tummy} ~3 tighten*',
      // "This pain in my back and tummy that came on …": two places of one pain, said together.
      '(back|{lowback}) (and|&|n|plus) {my}? {tummy}',
      '{tummy} (and|&|n|plus) {my}? (back|{lowback})',
    ],
    'Pain in the tummy (abdomen), in front, as well as or instead of the back.',
  ),
  e(
    ['pain_through_to_back'],
    ['through to|into {my}? back', 'through ~2 to the back', 'front to back', 'radiat* to the back'],
    'Pain in the chest or tummy that goes straight through to the back; "the back" here is where the pain reaches, not a lower back pain of its own.',
    { overrides: ['pain_lower_back'] },
  ),
  e(
    ['pain_through_to_back'],
    [
      // "Pain in my tummy that goes round to my back" (not "my side … round to my back", which is the
      // flank and the back).
      '(tummy|belly|stomach|abdomen|chest) ~4 (goes|going|went|spreads|spreading|radiates|radiating|moves|moving|wraps|wrapping) (round|around) (to|into) {my}? back',
    ],
    'Pain in the tummy or chest that goes round to the back; the back pain is said as well.',
  ),
  e(
    ['pain_through_to_back'],
    ['through to|into {my}? {lowback}|{upperback}'],
    'Pain in the chest or tummy that goes straight through to the lower or upper back.',
  ),
  e(
    [],
    ['chest (infection|infections|x ray|xray|cold)', 'chest of drawers'],
    'A chest infection or a chest of drawers is not chest pain.',
    { overrides: ['pain_chest'] },
  ),
  e(
    ['pain_chest'],
    [
      '{pain} ~10 {my}? {chest}',
      '{chest} ~4 {pain}',
      'chest pain|pains|tightness|pressure|discomfort|ache',
      'tight chest',
      '{chest} ~3 tight|tightness|heavy|heaviness|pressure|crushing|squeezing',
      'pressure|heaviness|tightness|crushing|squeezing|catch|weight ~4 {my}? {chest}',
      // "A tight feeling across my chest".
      '(tight|heavy|squeezing|crushing|pressing) ~1 (feeling|sensation) ~3 {my}? {chest}',
      'side of {my} chest',
      'angina pain',
    ],
    'Chest pain, pressure or tightness, including a catch or crushing feeling in the chest.',
    { overrides: ['muscle_knot_tight'] },
  ),
  e(
    ['pain_spreads_arm_jaw'],
    [
      'spread*|radiat*|goes|going|go|went|shoot*|shooting|travel*|moves|moving ~3 into|to|down|up? {my}? left|right? arm|arms|jaw|neck',
      'into|down {my} left|right? arm|arms',
      'into {my} jaw|neck',
      'arm and jaw',
      'radiat*|spread* ~6 and ~1 {my}? left|right? arm|jaw',
    ],
    'Chest or back pain that spreads to the arm, jaw or neck.',
  ),
  e(
    ['pain_tearing_severe_sudden'],
    [
      'tearing|ripping|ripped|tore|torn ~3 {pain}|feeling|sensation',
      '{pain} ~2 tearing|ripping',
      'like something ~2 tore|ripped|tearing|ripping|torn',
      // "The pain is like being ripped apart", "like I'm being torn in two".
      'like ~3 (being|getting) (ripped|torn|split) (apart|open|in two|in half)',
      // "It's tearing right through me".
      '(tearing|ripping) (right|straight)? (through|into|across) (me|my)',
    ],
    'Pain described as tearing or ripping, in the chest, back or tummy.',
  ),
  e(
    ['pain_tearing_severe_sudden'],
    [
      // "Sudden-onset severe lower back and abdo pain": two places named before the pain.
      'sudden|suddenly ~3 severe|terrible|excruciating|agonising|unbearable|horrendous|horrific|awful|crushing|intense|extreme|worst ~4 {pain}',
      'severe|terrible|excruciating|agonising|unbearable|horrendous|horrific ~2 {pain} ~3 (came on suddenly|started suddenly|out of nowhere)',
    ],
    // A back that went suddenly and badly while lifting is the commonest strain; the tearing screen is
    // still asked, for the person to say.
    'Sudden, very severe pain with nothing that strained the back: the sign of a tear or leak in the main artery. Not read so when the story says it came on lifting, twisting or exercising, or that it changes with movement.',
    { unless: ['onset_lifting_twisting', 'onset_during_exercise', 'pain_worse_movement'] },
  ),
  e(
    [],
    [
      'period|periods|menstrual ~2 cramp*',
      'crampy|cramping ~4 {tummy}',
      'cramp*|crampy ~4 {my}? {tummy}',
      '{tummy} ~2 cramp*',
      'cramping pain ~4 {flank}|side',
    ],
    'Cramps in the tummy or with periods are pains of the organs, not a tight back muscle.',
    { overrides: ['muscle_knot_tight'] },
  ),
  e(
    [],
    [
      'cramped (seat|seats|space|spaces|car|room|flat|conditions|position|positions|plane|flight|cabin|desk|bus|train|van|cab|bunk|quarters|economy|office|kitchen|bathroom)',
      'in a cramped',
    ],
    '"A cramped seat" is a small space, not a muscle in cramp.',
    { overrides: ['muscle_knot_tight', 'leg_pain_below_knee', 'leg_pain_both_legs', 'leg_pain_above_knee'] },
  ),
  e(
    ['muscle_knot_tight'],
    [
      'tight',
      'tightness',
      'tightening',
      'tightens',
      'tightened',
      'knot',
      'knots',
      'knotted',
      'spasm*',
      'cramp*',
      'rock hard',
      'hard as a rock',
      'like a rock|brick|board|plank',
      'like rope|concrete|wood|iron|steel',
      'like a rope',
      'seized',
      'seize',
      'seizing',
      'locked up',
      'locked',
      'tense',
      'rigid',
      'stiffened up',
      'goes hard',
      'go hard',
      'went hard',
      'muscles ~3 hard',
    ],
    'A muscle that feels tight, hard, knotted, in cramp or in spasm is a muscle spasm the person can feel.',
  ),
  e(
    ['pain_worse_movement'],
    [
      '(worse|hurts|kills|agony|catches|twinges) (bending|bending over|bending down|stooping|leaning over|twisting|turning)',
    ],
    // "Worse bending over patients", "it hurts bending over the sink": what makes it worse now, said in the
    // present, is not how it began ("it started hurting bending over the bath" stays a start).
    'Pain made worse by bending or twisting, said with no "when" between.',
    { overrides: ['onset_lifting_twisting'] },
  ),
  e(
    [],
    ['move|moves|moving|moved {my} ~2 {heavything}'],
    // "Since I helped move my mum's wardrobe, worse when I bend": the wardrobe's move is how it began,
    // not a movement that hurts (the bending still is one).
    'Moving a heavy thing is lifting, not a movement that hurts.',
    { overrides: ['pain_worse_movement'] },
  ),
  e(
    ['pain_worse_movement'],
    [
      '{pain}|worse|catches|catch|twinges|twinge|kills|agony|difficult|harder|bad ~4 when|whenever|if|on|with|while|as ~3 {move} or|and? {move}?',
      '{pain}|agony|difficult|harder|hard to {move} or|and? {move}?',
      '{move} ~3 {pain}|worse|agony|hurts|kills|difficult|painful',
      "(can't|cannot|couldn't|barely|hardly|struggle to|struggling to|unable to) ~2 {move} or|and? {move}?",
      'every|any movement',
      '10|ten when|whenever|if|on ~3 {move}',
      // A score said for a movement: "it's a solid 7 when I go to get up".
      '#c (/ 10|out of 10|outta 10)? when|whenever|if ~3 {move}',
      // What a carer sees: "crying out when we move her", "grimacing when they turn her".
      '(cry|cries|crying|cried|shout|shouts|shouting|yells|yelling|screams|screaming) out ~4 when|whenever|if|as ~3 {move}',
      '(grimac*|winc*|groan*|moan*|yelp*) ~6 when|whenever|if|as ~3 {move}',
      // "Especially when I bend to wash": said of the pain just named.
      'especially|particularly|mainly|mostly|esp ~1 when|whenever|if|on|with|while ~3 {move} && {pain}',
      'on movement',
      'with movement',
      'movement makes it worse',
      'worse ~3 after ~3 gardening|walks|walking|standing|sitting|activity',
      'after standing ~3 (a lot|long)',
      'comfortable ~4 lying|sitting|position|pillow',
      'lying|sitting ~10 comfortable',
      'easier if|when ~3 lean|sit|lie',
      'worse lying|sitting|standing ~2 flat|down|still?',
      'changes with ~2 position|movement',
      'mechanical pain',
      '{pain} ~2 mechanical',
    ],
    'Pain that changes with movement or position: worse when bending, twisting, standing up or getting out of a chair, easier in some positions.',
    { overrides: ['onset_lifting_twisting'] },
  ),
  e(
    ['pain_eases_stretch_rest'],
    [
      '{remedy} ~8 {eases}',
      '{eases} ~8 {remedy}',
      'if i lie ~2 still|down|flat ~8 {eases}',
      // "Been stretching and it loosens off after a few mins": the "and it" opens a clause of its own.
      '{remedy} (and|,) (it|that|the pain|the spasm|the muscle) (soon|then|usually|quickly)? {eases} (off|up)? ~3 (minute|minutes|mins|min|few|couple|while|bit)',
      'easier after ~4 rest',
      'ease off if ~3 stretch*',
      // "It went after I stood up and stretched".
      '(it|that|the cramp|the spasm|the pain) (went|goes|go|eased|eases|passed|passes|stopped|stops|settled|settles) (off|away)? (after|when|once|as soon as) ~5 (stretch|stretched|stretching|stretches)',
      '(improves|improved|better|relieved|eased) (with|by|after|on) (rest|resting|lying down|heat|stretching)',
    ],
    'A spasm that eases within minutes with gentle stretching, heat or rest.',
  ),
  e(
    ['pain_eases_stretch_rest'],
    ['{remedy} ~4 help|helps|helped|helping'],
    'Saying that rest, heat or stretching does not help is a plain denial of that finding; saying it helps is weaker than "eases within minutes".',
    { says: 'vague', affirmed: 'none' },
  ),
  e(
    ['pain_constant_unrelenting'],
    [
      'constant',
      'constantly',
      'all the time',
      'non stop',
      'nonstop',
      "(doesn't|hasn't|won't|didn't|never|not|hardly) let|lets|letting up",
      'never goes|eases|stops',
      'nothing ~3 eases|helps|relieves|touches|shifts|works',
      'no position ~3 helps|eases|comfortable|relieves',
      // "Does not ease however I lie", "won't settle whichever way I sit".
      "(does not|doesn't|will not|won't|did not|didn't|never) (ease|eases|settle|settles|let up|go|go away|change|improve) (however|whatever way|whichever way|no matter how|no matter what way|no matter which way) (i|she|he)? (lie|lay|sit|stand|move|position)",
      'any position ~3 comfortable|comfy',
      // "Can't get comfy in any position".
      "(can't|cannot|cant|couldn't) (get|find|be) ~1 (comfy|comfortable) (in|on)? (any|every) (position|way|side)",
      // "Can't lie down, can't sit": lying down does not ease it either.
      "(can't|cannot|cant|couldn't) (lie|lay|lie down|lay down) ,? (or|and|nor)? (can't|cannot|cant|couldn't)? (sit|stand|sit down)",
      // "Not shifting with anything", "isn't budging with anything".
      "(not|isn't|hasn't|won't|doesn't|wont|is not|has not) (shifting|shifted|shift|budging|budged|budge|easing|eased|ease|settling|settled|settle) (with|for|by) anything",
      // South Asian and learners' English: "pain is not reducing with any position".
      "(not|isn't|is not|doesn't|does not|no) ~2 (reducing|reduce|reduces|decreasing|decrease|easing|ease|eases|relief|relieved|improving|improve|change|changing|changes) ~2 (with|in|by|on) (any|every) (position|posture|side)",
      "can't|cannot find ~2 comfortable position",
      'unrelenting',
      'relentless',
      'unremitting',
      'there all the time',
      'even at rest',
      'even when ~2 (resting|rest|lying down|lie down|lying still|lie still|sitting still|sit still|keeping still|keep still)',
      '24 / 7',
      '24 7',
      '24 seven',
      'no (let up|letup|respite)',
      "(isn't|is not|not) going anywhere",
      // "It won't settle no matter what I do", "doesn't matter what position, it doesn't ease".
      "(doesn't|won't|never|wont|does not|will not) (ease|settle|let up|go away|stop|budge) ~3 (no matter|whatever|what i do|any position)",
      "(no matter|doesn't matter|does not matter) what ~5 (doesn't|won't|never|can't|wont) ~2 (ease|settle|help|shift|budge|get comfortable|go away)",
    ],
    'Pain that is constant and unrelenting: nothing, not even lying down or rest, eases it.',
  ),
  e(
    ['pain_constant_unrelenting'],
    [
      "(doesn't|does not|won't|wont|will not|never|didn't) ~1 (go away|goes away|ease|ease off|eases|stop|stops|let up|settle) ~1 even (when|if|lying|at|with|resting)",
      // Not eased by lying still: "lying down doesn't help", "lying flat doesn't ease it".
      "(lying|lie) (down|still|flat|in bed) ~1 (doesn't|does not|didn't|won't|never|don't) (help|ease|eases|ease it|relieve|change)",
    ],
    '"It doesn\'t go away even when I lie down": not easing even at rest, so rest does not ease it either.',
    { overrides: ['pain_eases_stretch_rest'] },
  ),
  e(
    [],
    [
      '(tired|exhausted|shattered|drained|sleepy|weary|thirsty|hungry|cold|hot|sick|going|peeing|weeing|coughing|sweating) ~2 (all the time|constantly|non stop|nonstop)',
      'constant|constantly (tired|tiredness|exhausted|thirsty|hungry|cough|coughing|thirst|sweating)',
    ],
    '"Tired all the time", "peeing constantly": something else that never stops, not the pain.',
    { overrides: ['pain_constant_unrelenting'] },
  ),
  e(
    [],
    [
      '(sweats|sweat|sweating|sweaty|shivers|shivering|shivery|shakes|shaking|chills|fevers|fever|feverish|temperature|temperatures|temps|hot and cold|hot flushes|sick|sickness|vomiting|dizzy|dizziness|diarrhoea|diarrhea|tingling|numbness|pins and needles|cramps|cramping) ~2 (on and off|off and on|comes and goes|come and go|now and then|now and again)',
    ],
    // "Had sweats and shivers on and off" said nothing of the pain: it was read as a pain that comes and
    // goes, a denial of constant pain beside an agony that no position eased.
    '"Sweats and shivers on and off": something else that comes and goes, not the pain.',
    { overrides: ['pain_constant_unrelenting'] },
  ),
  e(
    [],
    ['(go|going|pee|peeing|wee|weeing|toilet|loo|urinate|urinating) ~3 all the time'],
    'Needing to pee all the time is about peeing, not pain that never lets up.',
    { overrides: ['pain_constant_unrelenting'] },
  ),
  e(
    ['pain_constant_unrelenting'],
    [
      'comes and goes',
      'come and go',
      'on and off',
      'off and on',
      'intermittent',
      'intermittently',
      'now and then',
      'now and again',
      'at times',
    ],
    'Pain that comes and goes is plainly not constant.',
    { says: 'absent' },
  ),
  e(
    ['night_pain'],
    [
      'worse|worst|bad|agony ~2 at night|nights',
      // "Worse when I lie down at night", "worse once I'm in bed at night".
      'worse|worst ~2 (when|if|once|as soon as) ~3 (lie|lying|bed|sleep|sleeping|settle) ~3 at night|nights',
      // "Worse lying in bed at night".
      'worse|worst (lying|laying|lying down|laying down|in bed|lying in bed|laying in bed|lying flat) ~1 at night|nights',
      '{ache} ~6 at night|nights|nighttime',
      'at night ~4 {ache}|worse|worst',
      // "Pain low in my back that's there all the time and wakes me at night": the pain goes on being
      // described for a while before it wakes the person (never past a clause of another subject: "my
      // back aches and the baby wakes me").
      '{ache} ~10 wakes|woke|waking|woken ~2 me|her|him|up',
      '{ache} ~6 wake ~2 me|her|him|up',
      'it|pain|ache ~2 (wakes|woke|waking|woken|keeps waking) ~1 me|her|him',
      'wakes|woke|wake|waking|woken ~4 by ~3 {ache}',
      // "It wakes me with the pain"; but "I woke up this morning with a sore back" is when it began or
      // how mornings are, not pain that wakes the person, unless the night is named.
      '(wakes|woke|woken|waking|keeps waking) (me|her|him|us) ~2 with ~3 {ache}',
      'wakes|woke|wake|waking|woken ~8 with ~3 {ache} && (night|nights|nighttime|midnight|small hours)',
      "(can't|cannot|unable to) ~2 sleep ~4 {ache}",
      '{unable} ~2 sleep ~2 (for|with|because of) ~2 {ache}|pain',
      // "Not able to sleep due to pain", "I don't can sleep for the pain".
      '{unable} ~2 sleep ~2 (due to|from|because) ~2 {ache}|pain',
      "(don't|not|no) can sleep ~2 (for|with|because of|due to|from) ~2 {ache}|pain",
      // "More strong in the night", "pain is there in night".
      '{ache} ~6 in (the)? night',
      'in (the)? night ~4 {ache}|worse|worst|more',
      "(haven't|hasn't|not|barely|hardly) slept ~3 (for|with|because of) ~2 {ache}|pain",
      '{ache} ~4 keeps|keeping|kept ~2 me|her|him ~2 awake|up',
      'stops me sleeping',
      "(doesn't|won't|didn't|does not|will not|wont) let ~1 me|her|him ~1 sleep",
      'keeps|keeping|kept ~2 me|her|him ~2 awake|up ~2 at night',
      'awake at night',
      'night pain',
      // "It's there all night and I can't sleep".
      "(it's|it is|its|pain is|pain's|it was|pain was) (there|bad|worse|awful|agony|constant) all night",
      'nocturnal pain',
      'pain at night',
      'worse in bed',
    ],
    'Back pain that is worse at night or wakes the person.',
  ),
  e(
    [],
    [
      '(the|my|our|his|her|a) (baby|babies|kids|kid|child|children|toddler|son|daughter|husband|wife|partner|alarm|dog|cat|neighbour|neighbours|phone|noise) ~2 (wakes|woke|wake|waking|woken|keeps waking) ~1 (me|her|him|us|up)',
      // A noise or the bladder: "his snoring wakes me up", "my bladder wakes me twice a night", "the
      // traffic noise woke me" (the pain's "~10 wakes" reached past them).
      'snoring|snores|bladder|noise|traffic|puppy|dogs|barking ~1 (wakes|woke|wake|waking|woken|keeps waking) ~1 (me|her|him|us|up)',
    ],
    'Someone or something else waking the person ("the baby wakes me at night") is not the pain waking them.',
    { overrides: ['night_pain'] },
  ),
  e(
    [],
    ['(a|the|our|my|last) (night|nights) (out|off|shift|shifts)', 'night (out|shift|shifts)'],
    'A night out or a night shift names an evening, not pain at night ("woke up with back pain after a night out").',
    { overrides: ['night_pain'] },
  ),
  e(
    [],
    ['(started|began|begun|came on|happened|kicked in|struck) ~2 (at|in) (the)? (night|nights)'],
    'Pain that started one night ("it started in the night when I turned over") is when it began, not pain at night.',
    { overrides: ['night_pain'] },
  ),
  e(
    ['night_pain'],
    [
      'sleep|sleeping ~2 fine|ok|okay|well|through|normally|soundly',
      // "The pain is fine at night", "nothing wakes me".
      "(is|are|it's|its|feels|been) (fine|ok|okay|alright|all right|no problem|no bother|better) (at night|in bed|overnight)",
      '(nothing|it never|never) (wakes|woke|waking) (me|her|him)',
      'sleeping through',
      'sleep through the night',
    ],
    'Sleeping well or through the night plainly means the pain does not wake the person.',
    { says: 'absent' },
  ),
  e(
    ['pain_worse_cough_sneeze'],
    [
      'cough|coughs|coughing|sneeze|sneezes|sneezing|laugh|laughing|strain|straining ~6 {ache}|worse|shoots|shoot|shooting|stabs|jolts|agony|kills|twinge',
      '{ache}|worse|agony|shock|shocks|shoots|shooting ~4 when|if|with|on ~3 cough|coughs|coughing|sneeze|sneezes|sneezing|laugh|strain|straining',
      'straining on the toilet|loo',
      // Learners' English: "when I cough is more strong", "when I sneeze it is more bad".
      '(when|if) (i|she|he)? (cough|coughs|coughing|sneeze|sneezes|sneezing) ~3 (more strong|more bad|more painful|more pain|more worse)',
    ],
    'Pain made worse by coughing, sneezing or straining on the toilet.',
  ),
  e(
    ['pain_colicky_waves'],
    [
      'in waves',
      'waves of pain',
      'wave of pain',
      'comes in waves',
      // "Comes and goes like waves", "I cannot stay in one place".
      'like (a)? (wave|waves)',
      "(can't|cannot|couldn't|unable to) (stay|sit|keep|lie) (in)? (one|the same) (place|position|spot)",
      'colic*',
      "can't|cannot|couldn't keep|stay|sit|lie still",
      'unable to keep|stay|sit|lie still',
      'pacing',
      'rolling about|around',
      'writhing',
      'restless with ~2 pain',
      // A pain that returns on a clock is a wave ("comes and goes every fifteen minutes", labour's
      // tightenings, a stone's colic), unlike one that just comes and goes.
      '(comes and goes|come and go|comes on|coming|comes back|builds up|peaks) ~3 every # ~1 (minutes|mins|min)',
      '(comes and goes|come and go|comes on|coming|comes back|builds up|peaks) ~3 every (few|couple of) ~1 (minutes|mins|min)',
    ],
    'Pain that comes in waves and makes it impossible to keep still.',
  ),
  e(
    ['pain_after_meals'],
    [
      '{ache} ~8 after ~4 (meal|meals|eating|food|supper|dinner|lunch|breakfast|takeaway|curry|fry up)',
      'after ~4 (meal|meals|eating|food|supper|dinner|takeaway|curry|fry up) ~8 {ache}',
      'fatty food|foods|meal|meals',
      'hour|hours|minutes after ~3 meal|meals|eating|food|supper|dinner|lunch && {ache}',
      'brought on by ~2 eating|food|meals',
    ],
    'Pain that comes on after eating, especially fatty meals.',
  ),
  e(
    ['lump_or_shape_change'],
    [
      'lump|lumps|bump|bulge ~6 {my}? {back}|{lowback}|spine',
      '{back}|{lowback}|spine ~6 lump|bump',
      'swelling|swollen ~4 {my}? {back}|{lowback}|spine',
      '{back}|{lowback}|spine ~4 swollen|swelling',
      'hunched',
      'hunchback',
      'stooped',
      'changed shape',
      'change in the shape',
      'curvature',
      'curve in {my} spine',
      'hump',
      'lost height',
      'getting shorter',
      '{back}|spine ~3 (different|odd|funny|new|strange) shape',
      '{back}|spine ~4 (curving|curved|bending|bent) ~2 (to one side|sideways)',
    ],
    'A new lump or swelling on the back, or a back that has changed shape (hunched, stooped, lost height).',
  ),
  e(
    ['lump_or_shape_change'],
    ['lump', 'lumps', 'lumps or bumps', 'lumps and bumps'],
    'A lump said nowhere in particular is unclear; "no lumps or bumps" plainly denies one.',
    { says: 'vague' },
  ),
  e(
    [],
    [
      // Not "more hunched over the last few months", which is a changing back.
      'hunched|stooped|bent|doubled (over|up|forward|forwards) $',
      'hunched|stooped|bent|doubled (over|up|forward|forwards) (like|with pain|in pain|in agony|from the pain|because|when)',
    ],
    '"Hunched over", "doubled up" is how a person in pain holds themselves, not a back that has changed shape.',
    { overrides: ['lump_or_shape_change'] },
  ),
  e(
    ['widespread_pain'],
    [
      '{pain} all over',
      'all over ~2 {pain}',
      'all over -',
      'all my muscles ~3 {pain}',
      '{pain} ~3 all my muscles',
      'aches and pains',
      '{pain} everywhere',
      '{pain} ~2 anywhere else',
      'whole body ~3 {pain}',
      '{pain} ~3 whole body',
      'widespread pain',
      '{pain} ~6 back|neck|shoulders|shoulder|arms|hips|knees|legs|joints ,|and back|neck|shoulders|arms|hips|knees|legs|joints ,|and back|neck|shoulders|arms|hips|knees|legs|joints',
      'back|neck|shoulders|shoulder|arms|hips|knees|legs|joints ,|and back|neck|shoulders|arms|hips|knees|legs|joints ,|and back|neck|shoulders|arms|hips|knees|legs|joints ~8 {pain}',
    ],
    'Aching and pain in many parts of the body, not only the back.',
  ),
  e(
    ['muscle_pain_tender_swollen'],
    [
      'thigh|thighs|shoulder|shoulders|arm|arms|muscles|quads ~5 swollen|tender|bruised',
      'thigh|thighs|shoulder|shoulders|arms|muscles ~3 agonising|painful|sore to touch',
      'tender|swollen ~3 thigh|thighs|shoulders|arms|muscles',
      'thigh|thighs|shoulders|arms|muscles ~4 painful and tender',
      'swelling|tenderness ~4 thigh|thighs|shoulders|arms|muscles',
      'tender to ~2 touch',
      'painful to touch',
      // Said in its own clause: "both thighs ache terribly and are sore to touch".
      'thigh|thighs|shoulders|arms|muscles && sore|painful|tender to (the)? touch',
      // Named, then taken up by "they" in a later clause: "my thighs started hurting and now they're
      // swollen and tender".
      "thigh|thighs|shoulders|arms|muscles && (they are|they're|theyre|they were|they feel|they look) ~2 swollen|tender",
    ],
    'Severe pain, tenderness or swelling of big muscles beyond the back (thighs, shoulders, arms).',
    { overrides: ['leg_pain_above_knee', 'leg_pain_both_legs'] },
  ),
  e(
    ['neck_stiffness_headache'],
    [
      'neck ~3 stiff && headache*|migraine',
      'stiff neck && headache*|migraine',
      'neck stiffness && headache*|migraine',
      'chin ~3 chest && headache*|migraine',
      // "I can't put my chin on my chest": the inability is the sign, so its negation is part of it.
      "(can't|cannot|couldn't|unable to|not able to) ~3 chin ~3 chest && headache*|migraine",
      'headache* ~2 with a stiff neck',
      // Neck stiffness with a dislike of light is how notes describe meningism.
      'stiff neck && photophobia',
      'neck stiffness && photophobia',
      'meningism',
    ],
    'A severe headache together with a stiff neck (for example, unable to put the chin on the chest).',
    // The chest of "chin on my chest" is no chest pain.
    { overrides: ['pain_chest'] },
  ),
  e([], ['chin ~3 chest'], 'Putting the chin on the chest tests the neck; it says nothing of chest pain.', {
    overrides: ['pain_chest'],
  }),
  e(
    ['rash_band_one_side'],
    [
      'rash ~6 (band|strip|stripe|belt|line|one side)',
      'band|strip|stripe|belt ~6 rash|blister*|spots|bumps',
      'blister* ~6 band|strip|stripe|line|along',
      'rash of ~2 blisters',
      // Blisters or spots come up in a row: "a row of little blisters", "small red spots coming in line".
      '(row|line|strip|trail) of ~2 (blisters|blister|spots|bumps|vesicles)',
      '(blisters|spots|bumps|vesicles) ~3 (in a|in|into a|in one) (line|row|band|strip)',
      'dermatomal ~3 rash|blister*|vesicles|vesicular|eruption',
      'blistering rash',
      'shingles',
      'zoster',
      'burning ~6 band|strip|stripe|belt',
      'band|strip|stripe|belt of ~2 burning',
      // The pain itself told as running round the body in a band, however far from the word "pain":
      // shingles before its rash (clinical.md §1.5 row 1).
      '(runs|running|goes|going|wraps|wrapping|spreads|spreading|travels|travelling) ~2 round|around ~3 band|strip|stripe|belt',
      'band|strip|stripe|belt of ~2 pain|tingling|stabbing',
    ],
    'A blistering rash in a band on one side, or burning pain in such a band before the rash: shingles.',
  ),
  e(
    ['rash_band_one_side'],
    ['rash', 'rashes', 'blisters'],
    'A rash that is not described further is unclear; "no rash" is a plain denial.',
    { says: 'vague' },
  ),
  e(
    ['yellow_skin_eyes'],
    [
      'yellow ~4 skin|eyes|whites',
      'skin|eyes|whites ~6 yellow',
      'jaundice*',
      'gone|turned|going|looking|look yellow',
      'yellowish|yellowy|yellow tinge ~4 skin|eyes|whites',
      'skin|eyes|whites ~6 yellowish|yellowy',
    ],
    'Yellow skin or yellow whites of the eyes (jaundice).',
  ),
];

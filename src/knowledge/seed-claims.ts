/**
 * Every claim of the seed article (research/../seed/back-spasm-article.txt), in our own words, with the
 * grade research/clinical.md §3 gives it and what we actually tell people. Where §3 gives a split grade
 * ("weak–supported", "weak/unsupported") we take the more cautious one and explain the split.
 * `adviceIds` are the advice items that put the claim into practice: when a safety rule withholds one of
 * them for a person, the plan flags the claim for that person.
 */
import type { SeedClaim } from './types.ts';

export const seedClaims: readonly SeedClaim[] = [
  // ── What causes back spasms ──────────────────────────────────────────────────────────────
  {
    id: 'cause_low_minerals',
    section: 'causes',
    claim: 'Too little calcium, potassium or magnesium in the body causes muscle cramps and spasms.',
    grade: 'weak',
    gradeNote:
      'True but uncommon. Real shortages of these minerals do cause cramps and spasm, low calcium most of all in the back. But people with and without cramps usually have the same blood levels. Magnesium tablets do not prevent ordinary cramps.',
    verdict:
      'A real mineral shortage is uncommon and needs a blood test, not guesswork. It is more likely if you take water tablets or long-term stomach-acid tablets, or have been sick or had diarrhoea a lot. Cramps with tingling lips or fingers, a racing heartbeat or great weakness need a doctor the same day.',
    sources: ['R38', 'R39', 'R39b', 'R43', 'R48'],
    adviceIds: ['supplement_magnesium', 'supplement_potassium'],
  },
  {
    id: 'cause_diuretics',
    section: 'causes',
    claim: 'Some water tablets (diuretics) upset the body’s mineral balance and so bring on spasms.',
    grade: 'supported',
    gradeNote:
      'Cramp treatment is started more often after thiazide-type and potassium-sparing water tablets. Thiazide and loop water tablets lower potassium and magnesium. Potassium-sparing ones do not lower potassium, so mineral loss is not the only reason.',
    verdict:
      'If your cramps or spasms started after you began a water tablet, ask your GP or pharmacist to review your medicines. They may do a blood test. Do not stop a prescribed medicine on your own.',
    sources: ['R40', 'R37c', 'R38b'],
  },
  {
    id: 'cause_diabetes',
    section: 'causes',
    claim: 'Diabetes upsets the body’s chemistry in a way that causes muscle spasms.',
    grade: 'weak',
    gradeNote:
      'The research grades this "weak to supported"; we take the more cautious grade. In clinic studies about half of people with type 2 diabetes had cramps, linked to how long they have had diabetes and to damage to small blood vessels, not to mineral levels. A rare diabetic nerve problem causes hip, thigh and buttock pain.',
    verdict:
      'Cramps are common with diabetes. Mention them at your next diabetes check. New weakness in a leg, or severe one-sided hip or thigh pain, needs a doctor soon.',
    sources: ['R43', 'R43b', 'R44'],
  },
  {
    id: 'cause_poor_blood_flow',
    section: 'causes',
    claim: 'Narrow or hard blood vessels cut the blood flow to the muscle and make spasms more likely.',
    grade: 'weak',
    gradeNote:
      'Weak for back spasm. Narrow leg arteries cause cramping pain in the calf (sometimes the buttock or thigh) when walking. It eases with rest, and it is not back spasm. A swollen main artery (aortic aneurysm) can cause back pain. That is an emergency sign, not a self-care cause.',
    verdict:
      'Calf pain that comes on after the same walking distance, and goes when you stand still, needs a GP check of the blood vessels in your legs. Sudden severe back or tummy pain with dizziness, fainting or a pulsing feeling in your tummy is an emergency.',
    sources: ['R32', 'R33d', 'R20'],
  },
  {
    id: 'cause_exercise_stress',
    section: 'causes',
    claim: 'The strain of exercise brings on muscle spasms.',
    grade: 'supported',
    gradeNote:
      'Cramps during or just after exercise are common (two in three triathletes) and are linked to tired muscles and altered nerve control.',
    verdict:
      'Exercise cramps are common and usually settle within minutes with gentle stretching. Build up training gradually.',
    sources: ['R42', 'R42d'],
    adviceIds: ['gentle_stretch'],
  },
  {
    id: 'cause_medicine_side_effects',
    section: 'causes',
    claim: 'Spasms can be a side effect of some medicines.',
    grade: 'supported',
    gradeNote:
      'Long-acting asthma inhalers, thiazide-type and potassium-sparing water tablets are linked to cramps; long-term stomach-acid tablets (PPIs) can lower magnesium. The effect of statins is small and mostly a nocebo effect.',
    verdict:
      'If cramps or spasms began within a few months of starting or changing a medicine, ask your pharmacist or GP for a review. Do not stop a prescribed medicine on your own.',
    sources: ['R40', 'R37', 'R41'],
  },
  {
    id: 'cause_nerve_compression',
    section: 'causes',
    claim:
      'Pressure on nerves in the spine causes back, buttock or leg pain that builds the further you walk and stops as soon as you stop walking.',
    grade: 'weak',
    gradeNote:
      'The research grades this "partly correct / misleading". Nerve pressure from a narrowed spinal canal (spinal stenosis) does cause walking pain in the buttocks and legs, but it usually eases only when you sit down or bend forward. Pain that stops as soon as you stand still points instead to narrowed leg arteries.',
    verdict:
      'Notice what eases walking pain: if you need to sit or lean forward (for example on a trolley), it may be a narrowed spinal canal; if just standing still is enough, it may be your leg arteries. Either way, see your GP. New problems with peeing, pooing or numbness between your legs are an emergency.',
    sources: ['R26', 'R31'],
  },
  {
    id: 'framing_no_biological_explanation',
    section: 'causes',
    claim: 'Muscle spasms have no biological explanation.',
    grade: 'unsupported',
    gradeNote:
      'There are explanations: exercise cramps are linked to tired muscles and changes in nerve control. What is true is that most back pain cannot be pinned to one exact cause. That is why it is called "non-specific".',
    verdict:
      'Most back pain has no single cause a doctor can find, and that is usually reassuring rather than worrying.',
    sources: ['R42', 'R42b', 'R10', 'R6'],
  },
  {
    id: 'framing_mostly_harmless',
    section: 'causes',
    claim: 'Most cramps are not a sign of anything serious, though some come from a medical problem.',
    grade: 'supported',
    gradeNote:
      'In about 85 to 90 in 100 people, back pain is non-specific; in one primary-care study a serious cause was found in about 1 person in 100.',
    verdict:
      'True for most people. That is why we check the warning signs first, and why you should get help if any of them appear.',
    sources: ['R6', 'R8', 'R10'],
  },

  // ── Treatment tips ───────────────────────────────────────────────────────────────────────
  {
    id: 'framing_heals_on_own',
    section: 'treatment_tips',
    claim: 'Back spasms usually get better on their own.',
    grade: 'supported',
    gradeNote:
      'Pain usually falls by more than half in the first month or six weeks. But up to 1 in 3 people still have moderate pain a year later, and about 3 in 4 have another episode within a year.',
    verdict:
      'Most spasms ease a lot within a few weeks. See a doctor or physiotherapist if it is not clearly better after a few weeks, and expect it may come back: regular exercise helps prevent that.',
    sources: ['R73', 'R74', 'R75', 'R5'],
  },
  {
    id: 'framing_rest',
    section: 'treatment_tips',
    claim: 'A painful spasm needs treating straight away with a spell of rest.',
    grade: 'contradicted',
    gradeNote:
      'Advice to stay active gives slightly less pain and better function than bed rest; NICE and the NHS advise staying active.',
    verdict:
      'Keep as active as you can and avoid bed rest. Short breaks in a comfortable position are fine, then get moving again.',
    sources: ['R49', 'R1', 'R13'],
  },
  {
    id: 'tip_exercise_health',
    section: 'treatment_tips',
    claim: 'Better general health and regular exercise prevent spasms.',
    grade: 'supported',
    gradeNote:
      'In trials, exercise with education cut new bouts of back pain by almost half (moderate quality). The effect fades if exercise stops.',
    verdict: 'Yes. Once the worst has settled, keep up regular exercise to make another bout less likely.',
    sources: ['R59', 'R4', 'R1'],
    adviceIds: ['exercise_education', 'stay_active'],
  },
  {
    id: 'tip_warm_up_stretch',
    section: 'treatment_tips',
    claim: 'Always warming up and stretching before exercise prevents spasms.',
    grade: 'weak',
    gradeNote:
      'No trial has tested warm-ups or stretching on their own to prevent back spasm. The programmes that worked used several kinds of exercise.',
    verdict:
      'Warming up is sensible and unlikely to do harm. But regular exercise is what helps prevent back pain.',
    sources: ['R59'],
    adviceIds: ['warm_up'],
  },
  {
    id: 'tip_balanced_diet',
    section: 'treatment_tips',
    claim: 'Eating a balanced diet with plenty of fruit and vegetables prevents spasms.',
    grade: 'unsupported',
    gradeNote:
      'No trial found linking diet to back spasm. A varied diet is good for you anyway, and getting minerals from food is safer than from tablets.',
    verdict: 'Eat well for your general health; do not expect diet alone to stop back spasms.',
    sources: [],
    estimate:
      'No source: the research found no trial linking diet to back spasm (clinical.md §3.2 lists no reference for this claim).',
  },
  {
    id: 'tip_stretch_massage',
    section: 'treatment_tips',
    claim: 'Stretching and gently massaging the muscle softens it and releases the spasm.',
    grade: 'weak',
    gradeNote:
      'The research grades this "weak to supported"; we take the more cautious grade. Gentle stretching is the usual first aid for exercise cramps. Stretching each night cut leg cramps at night in one trial. Massage has low-quality evidence for back pain, and NICE advises it only alongside exercise.',
    verdict: 'Worth trying: stretch gently and rub the muscle, as part of staying active.',
    sources: ['R42', 'R60', 'R4', 'R3'],
    adviceIds: ['gentle_stretch', 'gentle_massage'],
  },
  {
    id: 'tip_drink_water',
    section: 'treatment_tips',
    claim:
      'Drinking plenty of water and fluids keeps the body hydrated and restores its mineral balance, preventing spasms.',
    grade: 'unsupported',
    gradeNote:
      'The research grades this "weak/unsupported" as prevention; we take the more cautious grade. Studies that followed athletes over time do not support dehydration as a cause of cramps. Drinking huge amounts to prevent cramps has killed people by diluting the salt in their blood.',
    verdict:
      'Drink to thirst and replace fluid you have actually lost. Do not force down extra water to prevent spasms.',
    sources: ['R42b', 'R42c'],
    adviceIds: ['fluids_to_thirst'],
  },
  {
    id: 'tip_avoid_sugary_sports_drinks',
    section: 'treatment_tips',
    claim: 'Sugary sports drinks make the pain worse, so avoid them.',
    grade: 'unsupported',
    gradeNote:
      'No evidence that sports drinks worsen back pain or cramps. One survey linked sugary drinks with long-term back pain but cannot show cause. Sports drinks do not prevent cramps either.',
    verdict:
      'Sports drinks neither cause nor cure back spasms. Water is fine for most people; limit sugary drinks for your general health.',
    sources: ['R62', 'R42'],
  },
  {
    id: 'tip_zinc_magnesium_tablets',
    section: 'treatment_tips',
    claim:
      'Vitamin tablets with zinc and magnesium help, most of all if a lack of minerals caused the spasm.',
    grade: 'contradicted',
    gradeNote:
      'Contradicted for magnesium. A Cochrane review (11 trials, 735 people) found it is unlikely to prevent cramps in any useful way (high certainty). Unsupported for zinc. There is only one small study, of 12 people with liver disease, with no group to compare.',
    verdict:
      'Do not take magnesium or zinc tablets for spasms unless a blood test shows you are low. With kidney disease, magnesium can build up to dangerous levels.',
    sources: ['R48', 'R56'],
    adviceIds: ['supplement_magnesium', 'supplement_zinc'],
  },
  {
    id: 'tip_cold_compress',
    section: 'treatment_tips',
    claim: 'Cold compresses on the painful muscle reduce inflammation and relax it.',
    grade: 'weak',
    gradeNote:
      'There is too little evidence to judge cold for low back pain; the NHS allows a wrapped ice pack for short-term relief. A spasm is not mainly an inflammation problem.',
    verdict:
      'A wrapped cold pack for up to 15 minutes is fine if you prefer it, but warmth has better evidence.',
    sources: ['R45', 'R13'],
    adviceIds: ['cold_pack'],
  },
  {
    id: 'tip_analgesic_ointment',
    section: 'treatment_tips',
    claim: 'Rubbing a pain-relieving ointment into the muscle eases the pain and relaxes it.',
    grade: 'weak',
    gradeNote:
      'The research grades this "weak to supported" (indirect); we take the more cautious grade. Anti-inflammatory gels work well for sprains and strains with few side effects, but they have not been tested in back spasm. Chilli-pepper (capsicum) creams help long-term back pain a little. Salicylate rubs have little evidence.',
    verdict: 'An anti-inflammatory gel is a reasonable, low-risk thing to try.',
    sources: ['R50', 'R52', 'R51'],
    adviceIds: ['topical_nsaid'],
  },
  {
    id: 'tip_shoes_heels',
    section: 'treatment_tips',
    claim: 'Comfortable shoes help, and high heels should be worn with care.',
    grade: 'unsupported',
    gradeNote:
      'The research grades this "weak/unsupported"; we take the more cautious grade. Insoles and special shoes do not prevent back pain (NICE, Cochrane); the link with high heels comes only from low-quality studies.',
    verdict: 'Wear whatever shoes feel comfortable; do not buy special insoles or shoes for back pain.',
    sources: ['R3', 'R58', 'R57'],
    adviceIds: ['footwear'],
  },

  // ── Home remedies ────────────────────────────────────────────────────────────────────────
  {
    id: 'remedy_ginger',
    section: 'home_remedies',
    claim: 'A cloth soaked in boiled fresh ginger, laid on the back three times a day, relieves spasms.',
    grade: 'weak',
    gradeNote:
      'One tiny trial (15 people) and a few small related studies reported less pain; the warmth itself may explain some or all of it. The main risk is scalding.',
    verdict:
      'You can try it if you like, but let the cloth cool until only warm and test it on your wrist first. Not on numb skin, and not while drowsy.',
    sources: ['R54'],
    adviceIds: ['ginger_compress'],
  },
  {
    id: 'remedy_hot_then_cold',
    section: 'home_remedies',
    claim:
      'A hot compress for 14 minutes until the pain goes, followed by a cold compress or ice for about 20 minutes, relieves spasms.',
    grade: 'unsupported',
    gradeNote:
      'The research grades warmth "weak" here and the sequence and timings "unsupported"; we take the more cautious grade. Warmth alone gives a small short-term benefit; there is no evidence for switching to cold or for these times. Safe use means 15–20 minutes at most per application.',
    verdict:
      'Warmth on its own is the better-supported choice. If you want to try warm then cold, keep each step within the safe limit and check your skin in between.',
    sources: ['R45', 'R63', 'R65'],
    adviceIds: ['hot_then_cold'],
  },
  {
    id: 'remedy_cold_better_than_warm',
    section: 'home_remedies',
    claim: 'Cold water gives better results than warm water bags.',
    grade: 'unsupported',
    gradeNote:
      'No evidence that cold beats warmth. A Cochrane review found the studies comparing them did not agree, and too little evidence for cold. Warmth has a small proven benefit.',
    verdict: 'Use whichever feels better. Warmth has the better evidence for a back spasm.',
    sources: ['R45', 'R4'],
    adviceIds: ['cold_pack'],
  },
  {
    id: 'remedy_raise_feet',
    section: 'home_remedies',
    claim:
      'Lying with the feet raised on pillows or a chair, knees bent at right angles, eases the spasm and relaxes the body within minutes.',
    grade: 'unsupported',
    gradeNote:
      'No trials found; only lay and chiropractic descriptions of this "90/90" position. It is low risk.',
    verdict: 'Fine as a short comfort position, but do not let it replace staying active.',
    sources: ['R61'],
    adviceIds: ['comfort_position'],
  },
  {
    id: 'remedy_lots_of_liquids',
    section: 'home_remedies',
    claim:
      'Spasms often come from dehydration or mineral loss. So drink plenty, most of all in hot weather, or when you are being sick or have a fever.',
    grade: 'weak',
    gradeNote:
      'Weak for spasm, and a safety concern. Replacing lost fluid is right. But back pain with a fever or being sick can be a kidney or spine infection. That needs a doctor, not home treatment.',
    verdict:
      'Replace fluid you lose in hot weather or through sickness. But if your back pain comes with a high temperature, shivering or being sick, get medical help the same day.',
    sources: ['R21', 'R13', 'R42c'],
    adviceIds: ['fluids_to_thirst'],
  },

  // ── What makes it worse ──────────────────────────────────────────────────────────────────
  {
    id: 'worse_sleeping_on_packs',
    section: 'makes_worse',
    claim: 'Falling asleep on a heat or cold pack can cause burns, frostbite or nerve damage.',
    grade: 'supported',
    gradeNote:
      'Burns from hot-water bottles, wheat bags and heating pads are often deep enough to need surgery; people sleeping on hot-water bottles have needed skin grafts; ice left on for days has caused frostbite.',
    verdict: 'True: never use heat or cold in bed or when you might fall asleep. Use a timer.',
    sources: ['R64', 'R63'],
    adviceIds: ['no_sleeping_on_packs'],
  },
  {
    id: 'worse_cold_on_bare_skin',
    section: 'makes_worse',
    claim: 'Putting a cold pack straight onto the skin does harm; put a cloth between them.',
    grade: 'supported',
    gradeNote:
      'Consensus and case reports: the NHS advises wrapping an ice pack in a tea towel, keeping it on for 15–20 minutes at most and stopping if the skin goes numb.',
    verdict: 'True: always wrap a cold pack in a cloth, and take it off sooner if the skin goes numb.',
    sources: ['R13', 'R65'],
    adviceIds: ['cold_pack'],
  },
  {
    id: 'worse_exercise_on_relaxants',
    section: 'makes_worse',
    claim: 'Going back to exercise while still on muscle relaxants makes the pain worse.',
    grade: 'weak',
    gradeNote:
      'No direct evidence about exercise. Muscle relaxants double the chance of drowsiness and dizziness. Their labels warn against driving and machines. So things that need balance or quick reactions are the concern. Advising rest instead would go against the evidence for staying active.',
    verdict:
      'Keep moving gently while on a muscle relaxant. Avoid driving, machines, and sport that needs balance or quick reactions until you know how it affects you.',
    sources: ['R47', 'R71', 'R49'],
    adviceIds: ['muscle_relaxant_prescribed'],
  },
  {
    id: 'worse_alcohol_painkillers',
    section: 'makes_worse',
    claim: 'Mixing medicines and painkillers with alcohol can damage the liver.',
    grade: 'supported',
    gradeNote:
      'Supported, with one change. For paracetamol the risk is liver damage (3 or more drinks a day, or more than 4 g a day). For anti-inflammatories it is stomach bleeding. For muscle relaxants it is extra drowsiness.',
    verdict: 'True: avoid alcohol while you take painkillers or muscle relaxants.',
    sources: ['R70', 'R69', 'R71'],
    adviceIds: ['no_alcohol_with_painkillers'],
  },
];

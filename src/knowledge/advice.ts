/**
 * The self-care advice the plan can give, graded honestly against research/clinical.md §3 and §4.
 *
 * `grade` is the strength of the evidence for the advice as we give it. For an `avoid` item that is the
 * evidence for *not* doing the thing (for example "don't rely on paracetamol alone" is supported, because
 * paracetamol alone is contradicted for back pain); the gradeNote names both. Safety rules
 * (safety-rules.ts) withhold or caution these items for people whose conditions or medicines make them
 * unsafe. Timers never run for longer than the safe limit and always say: not while drowsy or asleep.
 */

import type { RemedyTimer } from '../contract/output.ts';
import { p } from './conditions.ts';
import type { AdviceItem } from './types.ts';

const NEVER_ASLEEP =
  'Only use it while you are wide awake. Never in bed, never when you might doze off, and never after sleeping tablets, strong painkillers, muscle relaxants or alcohol have made you drowsy.';
const WRAPPED = 'Always wrap it in a towel or cloth. Never put it straight on bare skin.';
const NOT_NUMB =
  'Not on skin that feels numb, or on a wound, a rash, broken or swollen skin: you may not feel it burning.';

/** Heat: wrapped, 15 minutes (the lower end of the commonly advised 15–20), skin checked, never asleep. */
function heatTimer(where: string): RemedyTimer {
  return {
    steps: [
      {
        label: 'Get ready',
        seconds: 60,
        instruction: `Wrap the hot-water bottle or heat pack in a towel. Test it on the inside of your wrist: it should feel warm, not hot. Sit or lie ${where} somewhere you will stay awake.`,
      },
      {
        label: 'Warmth on',
        seconds: 15 * 60,
        instruction:
          'Put the wrapped warmth on the sore area. Lift it and look at your skin after about 5 minutes. Take it off straight away if it feels too hot or your skin is blotchy, blistered or painful.',
      },
      {
        label: 'Warmth off: check your skin',
        seconds: 60,
        instruction:
          'Take it off now and look at your skin. Some pinkness is normal and should fade. Blisters or white or dark patches are a burn: cool the skin with running water and get advice.',
      },
    ],
    warnBeforeEndSeconds: 60,
    safety: [
      NEVER_ASLEEP,
      WRAPPED,
      NOT_NUMB,
      'Stop at 15 minutes, even if it feels nice. You can use it again later once your skin looks normal.',
    ],
  };
}

export const advice: readonly AdviceItem[] = [
  // ── Actions ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'stay_active',
    kind: 'action',
    title: 'Keep moving, avoid bed rest',
    text: 'Keep up your normal daily activities as much as the pain lets you, and go back to work when you can. Short, gentle walks help. Avoid staying in bed: people who stay active recover a little faster than people who rest in bed. Some pain when you move is normal and does not mean you are doing harm.',
    grade: 'supported',
    gradeNote:
      'Supported: a Cochrane review found advice to stay active gave slightly less pain and better function than bed rest for sudden low back pain; NICE and the NHS both advise staying active. For sciatica the two made little or no difference.',
    sources: ['R49', 'R1', 'R13'],
  },
  {
    id: 'fluids_to_thirst',
    kind: 'action',
    title: 'Drink when thirsty; replace what you lose',
    text: 'Drink when you are thirsty, and drink a bit more to make up for fluid you have lost through heavy sweating, being sick or diarrhoea. Do not force down large amounts to prevent cramps: drinking far more than your body needs can dangerously dilute the salt in your blood, and people have died from it. If your back pain comes with a high temperature, being sick or pain in your side, check the warning signs below: that needs a doctor, not just drinks.',
    grade: 'weak',
    gradeNote:
      'Weak: prospective studies do not support the idea that dehydration causes cramps. Replacing fluid you have actually lost is sensible. Drinking huge amounts to prevent cramps has caused deaths from low blood salt (hyponatraemia).',
    sources: ['R42b', 'R42c', 'R21', 'R13'],
  },
  {
    id: 'comfort_position',
    kind: 'remedy',
    title: 'Rest position: knees bent, lower legs supported',
    text: 'For a short break, lie on your back with your knees bent and your lower legs resting on a chair seat or a pile of pillows, so your hips and knees are at about right angles. Stay there for up to 10 minutes if it eases the pain, then get up and move about again. It is a comfort position, not a treatment.',
    grade: 'unsupported',
    gradeNote:
      'Unsupported but low risk: no trials found; only lay and chiropractic descriptions of the "90/90" position. Use it for a short rest, not instead of staying active.',
    sources: ['R61'],
    estimate:
      'The 10-minute limit is our choice within the 5–15 minutes the lay descriptions give; there is no trial of any length.',
    timer: {
      steps: [
        {
          label: 'Get into position',
          seconds: 60,
          instruction:
            'Lie on your back on the floor or a firm bed. Bend your knees and rest your lower legs on a chair seat or pillows.',
        },
        {
          label: 'Rest',
          seconds: 10 * 60,
          instruction: 'Breathe slowly and let your back muscles relax. Shift position if it hurts more.',
        },
        {
          label: 'Get up and move',
          seconds: 60,
          instruction:
            'Roll onto your side, push yourself up with your arms, and walk about gently for a few minutes.',
        },
      ],
      warnBeforeEndSeconds: 30,
      safety: [
        'If you feel sleepy, set an alarm or have someone with you, so a short rest does not turn into hours in bed.',
        'Stop if the position makes the pain spread down your legs or makes your legs numb.',
      ],
    },
  },

  // ── Remedies ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'heat',
    kind: 'remedy',
    title: 'Warmth on the sore muscle',
    text: 'Put a wrapped hot-water bottle or heat pack on the sore muscle for up to 15 minutes at a time, while you are awake. Warmth eases the pain a little, for a short time. It works best with gentle movement.',
    grade: 'supported',
    gradeNote:
      'Supported, small and short-term. The ACP guideline advises heat on the skin for sudden back pain (moderate-quality evidence). A Cochrane review found a heat wrap gave a small, short-term benefit.',
    sources: ['R4', 'R45', 'R64', 'R63'],
    estimate:
      'The 15-minute limit per application is our choice at the lower end of the commonly advised 15–20 minutes; the research marks the heat time as from memory, unverified (clinical.md §4.1, §7). Burns from heat packs are well documented (R64).',
    timer: heatTimer('in a chair or on a sofa'),
    alternatives: ['gentle_stretch', 'stay_active'],
  },
  {
    id: 'cold_pack',
    kind: 'remedy',
    title: 'Cold pack wrapped in a cloth',
    text: 'If you prefer cold, wrap an ice pack or a bag of frozen peas in a tea towel and hold it on the sore area for up to 15 minutes. Take it off sooner if the skin goes numb. Cold is not better than warmth for a spasm: a spasm is not mainly swelling or inflammation.',
    grade: 'weak',
    gradeNote:
      'Weak: a Cochrane review found too little evidence to judge cold for low back pain. The NHS allows a wrapped ice pack for short-term relief.',
    sources: ['R45', 'R13', 'R65'],
    timer: {
      steps: [
        {
          label: 'Get ready',
          seconds: 30,
          instruction:
            'Wrap the ice pack or frozen peas in a tea towel. Sit or lie somewhere you will stay awake.',
        },
        {
          label: 'Cold on',
          seconds: 15 * 60,
          instruction:
            'Hold the wrapped pack on the sore area. Take it off straight away if the skin feels numb, burns, or turns white or blue.',
        },
        {
          label: 'Cold off: check your skin',
          seconds: 60,
          instruction: 'Take it off now. Let your skin warm up on its own; do not put heat straight on it.',
        },
      ],
      warnBeforeEndSeconds: 60,
      safety: [
        NEVER_ASLEEP,
        WRAPPED,
        NOT_NUMB,
        'Stop at 15 minutes, or sooner if the skin goes numb.',
        'Not if you have diabetes, poor circulation or Raynaud’s, or cold makes you come out in hives.',
      ],
    },
    alternatives: ['heat', 'gentle_stretch'],
  },
  {
    id: 'hot_then_cold',
    kind: 'remedy',
    title: 'Warm then cold (the article’s routine, not proven)',
    text: 'Some people like to use warmth and then cold. If you want to try it, keep each part within the safe limit: about 14 minutes of wrapped warmth, check your skin, then up to 15 minutes of a wrapped cold pack. There is no evidence that this order or these times work better than warmth alone.',
    grade: 'unsupported',
    gradeNote:
      'Unsupported: there is no trial of a hot-then-cold sequence or of these timings. Warmth on its own has a small short-term benefit; for cold the evidence is too thin to judge.',
    sources: ['R45', 'R63', 'R65', 'R64'],
    estimate:
      'The step lengths are the article’s 14 minutes of warmth and a cold step capped at 15 minutes (the article says about 20), so both stay within the commonly advised 15–20 minute limit. These are not evidence-based times, and the research marks the heat limit as unverified.',
    timer: {
      steps: [
        {
          label: 'Warmth on (article’s timing, not evidence-based)',
          seconds: 14 * 60,
          instruction:
            'Put a wrapped hot-water bottle or heat pack on the sore area. Check your skin after about 5 minutes.',
        },
        {
          label: 'Warmth off: check your skin',
          seconds: 60,
          instruction:
            'Take the warmth off and look at your skin. If it is blotchy, blistered or painful, stop here and do not go on to the cold.',
        },
        {
          label: 'Cold on (capped at 15 minutes, not evidence-based)',
          seconds: 15 * 60,
          instruction:
            'Hold an ice pack wrapped in a tea towel on the area. Take it off straight away if the skin goes numb.',
        },
        {
          label: 'Cold off: check your skin',
          seconds: 60,
          instruction: 'Take the cold off now and let your skin warm up on its own.',
        },
      ],
      warnBeforeEndSeconds: 60,
      safety: [
        'These timings come from the article, not from research. Warmth alone is the better-supported choice.',
        NEVER_ASLEEP,
        WRAPPED,
        NOT_NUMB,
      ],
    },
    alternatives: ['heat', 'gentle_stretch'],
  },
  {
    id: 'gentle_stretch',
    kind: 'remedy',
    title: 'Gentle stretches',
    text: 'Slowly stretch the tight muscle until you feel a mild pull, never sharp pain, and hold it while you breathe. The guided routine below takes about 5 minutes lying on your back; repeat it a few times a day.',
    grade: 'weak',
    gradeNote:
      'Weak (the research grades stretching and massage "weak to supported"): gentle static stretching is the recommended first aid for exercise cramps, and nightly stretching reduced night-time leg cramps in one trial. There are no trials of these back stretches for back spasm.',
    sources: ['R42', 'R60', 'R4', 'R3'],
    estimate:
      'The particular stretches and hold times are our choice of common gentle positions; the research supports gentle stretching in general, not these movements.',
    timer: {
      steps: [
        {
          label: 'Get ready',
          seconds: 30,
          instruction:
            'Lie on your back on the floor or a firm bed, knees bent, feet flat. Move slowly throughout.',
        },
        {
          label: 'Right knee to chest',
          seconds: 30,
          instruction:
            'Hold behind your right knee with both hands and gently pull it towards your chest until you feel a mild stretch in your lower back. Hold and breathe.',
        },
        {
          label: 'Left knee to chest',
          seconds: 30,
          instruction:
            'Lower the right leg. Now gently pull the left knee towards your chest. Hold and breathe.',
        },
        {
          label: 'Knees side to side',
          seconds: 60,
          instruction:
            'Feet flat, knees together. Slowly let both knees tip a little to one side, back to the middle, then to the other side. Only go as far as is comfortable.',
        },
        {
          label: 'Pelvic tilt',
          seconds: 60,
          instruction:
            'Tighten your tummy muscles to press the small of your back gently into the floor. Hold for a count of 5, relax, and repeat.',
        },
        {
          label: 'Rest',
          seconds: 30,
          instruction: 'Lie still and breathe. To get up, roll onto your side and push up with your arms.',
        },
      ],
      warnBeforeEndSeconds: 5,
      safety: [
        'A mild pull is fine. Stop any stretch that causes sharp, shooting or spreading pain.',
        'Stop and check the warning signs if you get numbness, tingling or weakness in your legs.',
      ],
    },
  },
  {
    id: 'gentle_massage',
    kind: 'remedy',
    title: 'Gentle massage',
    text: 'Gently rub or knead the tight muscle with your hands, or ask someone to. Press firmly enough to feel it, but not so hard that it hurts. It can ease the pain for a while. It works best alongside staying active and exercise, not instead of them.',
    grade: 'weak',
    gradeNote:
      'Weak. The ACP guideline lists massage for sudden low back pain (low-quality evidence). NICE advises hands-on therapy only as part of an exercise plan. Reviews rate the evidence as weak.',
    sources: ['R4', 'R3', 'R53'],
  },
  {
    id: 'ginger_compress',
    kind: 'remedy',
    title: 'Warm ginger compress',
    text: 'If you want to try it: simmer sliced fresh ginger in water, let the water cool until it is only warm, soak a cloth in it, wring it out and lay it on the sore area for up to 15 minutes. Test the cloth on your wrist first: scalding is the main risk. It is for the skin only; do not take ginger supplements for back pain.',
    grade: 'weak',
    gradeNote:
      'Weak: one tiny trial (15 people) and a few small related studies reported less pain; some or all of the benefit may come from the warmth itself.',
    sources: ['R54', 'R64'],
    estimate:
      'The 15-minute limit is our choice, matching our heat limit; the trial used 20-minute compresses three times a week, and the research marks heat times as unverified.',
    timer: {
      steps: [
        {
          label: 'Let it cool',
          seconds: 5 * 60,
          instruction:
            'Take the pan off the heat and let the ginger water cool. Soak a cloth, wring it out and test it on the inside of your wrist: warm, not hot.',
        },
        {
          label: 'Compress on',
          seconds: 15 * 60,
          instruction:
            'Lay the warm cloth on the sore area. Take it off straight away if it stings, burns or the skin looks blotchy.',
        },
        {
          label: 'Compress off: check your skin',
          seconds: 60,
          instruction:
            'Remove the cloth and look at your skin. Wash off any ginger if the skin is irritated.',
        },
      ],
      warnBeforeEndSeconds: 60,
      safety: [
        'Never put a hot or boiling cloth on skin: let it cool and test it on your wrist first.',
        NEVER_ASLEEP,
        NOT_NUMB,
      ],
    },
    alternatives: ['heat', 'gentle_massage'],
  },

  // ── Medicines ────────────────────────────────────────────────────────────────────────────
  {
    id: 'oral_nsaid',
    kind: 'medicine',
    title: 'Anti-inflammatory tablets (such as ibuprofen)',
    text: 'If you need a painkiller, an anti-inflammatory such as ibuprofen or naproxen is the one that helps back pain. Take the lowest dose that helps, for the shortest time (a few days), and never more than the pack says. Do not take two anti-inflammatories together, including aspirin for pain. Ask a pharmacist first if you take other medicines.',
    grade: 'supported',
    gradeNote:
      'Supported: NICE recommends anti-inflammatory tablets first when a painkiller is needed for low back pain, at the lowest dose for the shortest time; the ACP guideline agrees (moderate-quality evidence).',
    sources: ['R1', 'R4', 'R69'],
    alternatives: ['painkiller_when_nsaid_unsafe', 'topical_nsaid', 'heat'],
  },
  {
    id: 'topical_nsaid',
    kind: 'medicine',
    title: 'Anti-inflammatory gel or pain-relief rub',
    text: 'Rub a little anti-inflammatory gel (such as ibuprofen or diclofenac gel) into the sore area as often as the pack says, then wash your hands. Do not use it on broken or irritated skin.',
    grade: 'weak',
    gradeNote:
      'Weak (the research grades it "weak to supported", indirect): anti-inflammatory gels clearly help sprains and strains, with skin side effects no more common than with a dummy gel, but there are no trials in back spasm itself. Salicylate rubs have little evidence.',
    sources: ['R50', 'R52', 'R51'],
    estimate:
      'Not using gels on broken skin is marked from memory, unverified in the research (clinical.md §4.3); we keep it as a sensible precaution.',
    alternatives: ['heat', 'gentle_stretch'],
  },
  {
    id: 'painkiller_when_nsaid_unsafe',
    kind: 'medicine',
    title: 'A painkiller that is safe for you',
    text: 'If you need a painkiller, ask a pharmacist which one is safe with your medicines and conditions. Paracetamol is usually the one. Keep to the dose on the pack: never more than 4 g of paracetamol (eight 500 mg tablets) in 24 hours, counting cold remedies and co-codamol. It may not ease a back spasm much on its own, so keep moving and use warmth or an anti-inflammatory gel as well.',
    grade: 'supported',
    gradeNote:
      "The safety steps are supported. The labels say to ask a pharmacist or doctor before taking anti-inflammatory tablets with a blood thinner, steroids, a stomach ulcer, or kidney or heart disease. They set paracetamol's limit at 4 g a day, counting other products. Paracetamol itself did not speed recovery from sudden back pain in a large trial (PACE). That is why it is not our first choice.",
    sources: ['R69', 'R70', 'R77', 'R1'],
    onlyAsAlternative: true,
  },
  {
    id: 'paracetamol_alone',
    kind: 'avoid',
    title: 'Don’t count on paracetamol on its own',
    text: 'Paracetamol on its own is not a treatment for a back spasm: in a large trial it did no better than dummy tablets. Movement, warmth and, if you need a painkiller and it is safe for you, an anti-inflammatory help more.',
    grade: 'supported',
    gradeNote:
      'This advice is supported: paracetamol alone is contradicted for sudden low back pain. In the PACE trial (1,652 people) recovery took 17 days with paracetamol and 16 with dummy tablets; NICE says not to offer paracetamol alone for low back pain.',
    sources: ['R77', 'R1'],
  },
  {
    id: 'muscle_relaxant_prescribed',
    kind: 'medicine',
    title: 'Muscle relaxants: only if prescribed, short course',
    text: 'Not usually needed. If a doctor has prescribed one (such as diazepam), take it for the shortest time they say. See them if you are still taking it after 2 weeks. It may ease the pain a little for a few days, but it often makes you drowsy or dizzy. Do not drink alcohol, and do not drive or use machinery until you know how it affects you.',
    grade: 'weak',
    gradeNote:
      'Weak. The short-term relief is small: in one review it was below what patients notice as important, and the certainty is very low. Side effects such as drowsiness are about twice as common. Anti-inflammatories are the better choice; NICE calls the evidence for diazepam extremely small.',
    sources: ['R47', 'R46', 'R2', 'R71', 'R72'],
    alternatives: ['stay_active', 'heat'],
  },

  // ── Prevention ───────────────────────────────────────────────────────────────────────────
  {
    id: 'exercise_education',
    kind: 'prevention',
    title: 'Regular exercise to stop it coming back',
    text: 'Once the worst has settled, exercise regularly: walking, strengthening and stretching, or a class you enjoy. In trials, exercise plus learning how to look after your back cut the chance of another bout of back pain by about half. The protection fades if you stop.',
    grade: 'supported',
    gradeNote:
      'Supported. In a review of trials, exercise with education cut new episodes of low back pain (risk ratio 0.55, moderate quality). Exercise is first-line care in the ACP and NICE guidelines.',
    sources: ['R59', 'R4', 'R1'],
  },
  {
    id: 'warm_up',
    kind: 'prevention',
    title: 'Warm up before sport',
    text: 'Warm up gently and stretch before sport or heavy work. It is sensible and unlikely to do harm, but no trial has shown that warming up on its own prevents back spasms; regular exercise is what helps.',
    grade: 'weak',
    gradeNote:
      'Weak: no trial of warming up or stretching alone for preventing back spasm; the programmes that worked mixed strength, flexibility and fitness training.',
    sources: ['R59'],
  },
  {
    id: 'footwear',
    kind: 'prevention',
    title: 'Comfortable shoes',
    text: 'Wear shoes you find comfortable. There is little evidence that shoes or insoles prevent back pain, and special insoles or rocker-sole shoes are not advised. The link between high heels and back pain comes only from weak studies.',
    grade: 'unsupported',
    gradeNote:
      'Unsupported. The research grades it "weak/unsupported", and we take the more cautious grade. NICE says not to offer insoles or rocker-sole shoes for back pain. A Cochrane review found insoles do not prevent back pain, and the high-heel studies are low quality.',
    sources: ['R3', 'R58', 'R57'],
  },

  // ── Things to avoid, and information ────────────────────────────────────────────────────
  {
    id: 'no_sleeping_on_packs',
    kind: 'avoid',
    title: 'Never fall asleep on a heat or cold pack',
    text: 'Take heat pads, hot-water bottles and ice packs off before you lie down to sleep. Never use an electric heat pad in bed. Skin pressed against them for a long time can burn or freeze without you noticing.',
    grade: 'supported',
    gradeNote:
      'Supported. Burns from hot-water bottles, wheat bags and heat pads are often deep enough to need surgery. People who slept on hot-water bottles needed skin grafts. Ice left on for a long time has caused frostbite.',
    sources: ['R64', 'R63'],
  },
  {
    id: 'no_alcohol_with_painkillers',
    kind: 'avoid',
    title: 'Don’t mix painkillers or muscle relaxants with alcohol',
    text: 'Avoid alcohol while you take painkillers or muscle relaxants. With paracetamol, 3 or more drinks a day risks serious liver damage. With anti-inflammatories, alcohol raises the risk of stomach bleeding. With muscle relaxants, alcohol makes you more drowsy.',
    grade: 'supported',
    gradeNote:
      'Supported, with one change to the article’s claim. Medicine labels warn of liver damage (paracetamol), stomach bleeding (anti-inflammatories) and extra drowsiness (muscle relaxants).',
    sources: ['R70', 'R69', 'R71'],
  },
  {
    id: 'no_mineral_tablets_for_cramps',
    kind: 'avoid',
    title: 'Skip magnesium and zinc tablets for cramps',
    text: 'Do not buy magnesium or zinc tablets to prevent spasms or cramps unless a blood test has shown you are low. In good trials magnesium did not prevent cramps, and there is no good evidence for zinc. Too much of either causes side effects. Getting minerals from ordinary food is safer.',
    grade: 'supported',
    gradeNote:
      'This advice is supported: magnesium for cramp prevention is contradicted (Cochrane review, 11 trials, high certainty of no useful effect in older adults); zinc is unsupported (one uncontrolled series of 12 people with liver cirrhosis).',
    sources: ['R48', 'R56', 'R66', 'R67'],
  },

  // ── If you already take mineral supplements (shown only then) ──────────────────────────
  {
    id: 'supplement_magnesium',
    kind: 'medicine',
    title: 'If you take magnesium: keep within safe limits',
    text: 'Take magnesium only if a blood test showed you were low, or a doctor advised it. From tablets, take no more than 350 mg a day unless prescribed. More causes diarrhoea, sickness and cramping. Take some antibiotics (such as doxycycline or ciprofloxacin) at least 2 hours before it or 4 to 6 hours after it. Keep it apart from bone-strengthening and thyroid tablets too.',
    grade: 'weak',
    gradeNote:
      'Magnesium does not prevent ordinary cramps (Cochrane, high certainty). It is for a shortage shown on a blood test. The 350 mg limit is the NIH upper limit for supplements, seen in a lower-reliability copy.',
    showIf: p('supplement_magnesium_zinc_potassium'),
    sources: ['R48', 'R66', 'R66c'],
  },
  {
    id: 'supplement_zinc',
    kind: 'medicine',
    title: 'If you take zinc: keep within safe limits',
    text: 'Keep zinc from all supplements to no more than 40 mg a day. More than that over time can cause copper shortage (anaemia and nerve damage) and sickness. Take some antibiotics (such as doxycycline or ciprofloxacin) at least 2 hours before or 4 to 6 hours after it.',
    grade: 'unsupported',
    gradeNote: 'Unsupported for cramps: the only evidence is one uncontrolled series of 12 people.',
    showIf: p('supplement_magnesium_zinc_potassium'),
    sources: ['R67', 'R56', 'R66c'],
  },
  {
    id: 'supplement_potassium',
    kind: 'medicine',
    title: 'If you take potassium: only on medical advice',
    text: 'Take potassium tablets or potassium-based "low salt" substitutes only if a doctor has advised them after a blood test. Too much potassium can upset the heart rhythm, especially with kidney disease or some blood-pressure medicines.',
    grade: 'unsupported',
    gradeNote:
      'Unsupported for cramps: no trial of potassium for ordinary cramps was found. The risk of too much potassium is well documented.',
    showIf: p('supplement_magnesium_zinc_potassium'),
    sources: ['R68', 'R68b', 'R68c'],
  },

  // ── Period pain (shown only when the pain comes with periods) ──────────────────────────
  {
    id: 'period_heat',
    kind: 'remedy',
    title: 'Period pain: warmth on your tummy or back',
    text: 'Put a wrapped hot-water bottle or heat pad on your tummy or lower back for up to 15 minutes at a time while you are awake, or have a warm bath. Gentle exercise and rubbing your tummy and back can help too.',
    grade: 'weak',
    gradeNote:
      'Weak (indirect): this is NHS advice for period pain, and warmth helps back pain a little; our research did not review trials in period pain itself.',
    showIf: p('period_related_pain'),
    sources: ['R97', 'R45', 'R64'],
    estimate:
      'The 15-minute limit is our choice at the lower end of the commonly advised 15–20 minutes (marked unverified in the research).',
    timer: heatTimer('in a chair or on a sofa'),
    alternatives: ['period_ibuprofen', 'stay_active'],
  },
  {
    id: 'period_ibuprofen',
    kind: 'medicine',
    title: 'Period pain: ibuprofen',
    text: 'For period pain spreading to your back, ibuprofen can help. Take the lowest dose that works for the shortest time, never more than the pack says. If ibuprofen is not safe for you, ask a pharmacist what you can take.',
    grade: 'weak',
    gradeNote:
      'Weak (indirect): this is NHS advice for period pain (the NHS also lists paracetamol); our research did not review trials in period pain.',
    showIf: p('period_related_pain'),
    sources: ['R97', 'R69'],
    alternatives: ['period_heat', 'painkiller_when_nsaid_unsafe'],
  },

  // ── Pregnancy (shown only when pregnant) ─────────────────────────────────────────────────
  {
    id: 'pregnancy_back_care',
    kind: 'action',
    title: 'Back care in pregnancy',
    text: 'Avoid heavy lifting. Bend your knees, not your back, when you pick things up. Wear flat shoes. Use pillows to support your bump and back in bed. Try a warm (not hot) bath or a massage. If the pain is bad or does not settle within a week or two, ask your midwife or GP. They can refer you to a pregnancy physiotherapist.',
    grade: 'weak',
    gradeNote:
      'Weak (indirect). This is standard NHS self-care advice for back and pelvic pain in pregnancy. Our research found no trials of these tips, and the NHS wording was seen only in a secondary copy.',
    showIf: p('pregnant'),
    sources: ['R95', 'R96'],
  },
  {
    id: 'pregnancy_painkillers',
    kind: 'avoid',
    title: 'Painkillers in pregnancy: no anti-inflammatories',
    text: 'Do not take ibuprofen, naproxen, aspirin for pain, or other anti-inflammatory tablets while pregnant, unless a doctor advises it. If you need a painkiller, paracetamol is the one normally allowed in pregnancy, unless your doctor or midwife has told you otherwise. Keep to the dose on the pack: never more than 4 g in 24 hours. It may not ease a back spasm much. Warmth on your back and gentle movement often help more.',
    grade: 'supported',
    gradeNote:
      'Avoiding anti-inflammatories is supported. From 20 weeks they can harm the baby’s kidneys and heart (FDA), and we withhold them in any pregnancy unless a clinician advises. Paracetamol is what the NHS says you can normally take. On its own, though, it did little for sudden back pain outside pregnancy (PACE trial).',
    showIf: p('pregnant'),
    sources: ['R69b', 'R95', 'R70', 'R77'],
  },
];

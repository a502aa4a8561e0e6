/**
 * What the plain-language check (readability.ts) allows, each with its reason.
 *
 * NAMED_TERMS count as one syllable: the names a person must recognise on a medicine packet, hear from a
 * doctor, or ask for at a pharmacy. Each is glossed in plain words where the text uses it (for example
 * "anti-inflammatory tablets such as ibuprofen", "a potassium-sparing water tablet"), and replacing it
 * with a vaguer word would make the advice harder to act on safely. "Emergency" is here because it is
 * the word on the service a person must call.
 *
 * PASSAGE_EXCEPTIONS may read above grade 8, each for the reason given. The test fails when a listed
 * passage no longer needs its exception, so the list stays true.
 */

export const NAMED_TERMS: ReadonlySet<string> = new Set([
  // Medicines, as on the packet
  'paracetamol', 'acetaminophen', 'ibuprofen', 'naproxen', 'diclofenac', 'aspirin', 'anti-inflammatory',
  'anti-inflammatories', 'co-codamol', 'codeine', 'tramadol', 'morphine', 'diazepam', 'cyclobenzaprine',
  'methocarbamol', 'warfarin', 'apixaban', 'rivaroxaban', 'clopidogrel', 'spironolactone', 'amiloride',
  'eplerenone', 'bendroflumethiazide', 'indapamide', 'furosemide', 'ramipril', 'lisinopril', 'losartan',
  'atorvastatin', 'simvastatin', 'statin', 'statins', 'salmeterol', 'formoterol', 'omeprazole', 'prednisolone',
  'digoxin', 'diuretic', 'antiviral', 'antivirals', 'antibiotics', 'magnesium', 'potassium', 'calcium',
  'supplement', 'supplements', 'medicine', 'medicines', 'opioid', 'opioids', 'sedative', 'sedatives',
  // Conditions a doctor will name
  'cauda', 'equina', 'syndrome', 'sciatica', 'shingles', 'osteoporosis', 'diabetes', 'neuropathy', 'aneurysm',
  'aorta', 'pancreatitis', 'pancreas', 'gallbladder', 'gallstones', 'rhabdomyolysis', 'tetanus', 'meningitis',
  'sepsis', 'infection', 'infections', 'arthritis', 'spondyloarthritis', 'stenosis', 'cancer', 'thrombosis',
  'dehydration', 'pregnancy', 'pregnant', 'period', 'periods', 'menstrual', 'hyponatraemia',
  // Who to ask and where to go
  'physiotherapist', 'physiotherapy', 'pharmacist', 'pharmacy', 'emergency', 'hospital', 'ambulance', 'midwife',
  'maternity',
  // Body parts used with their plain name beside them
  'kidney', 'kidneys', 'abdomen', 'vertebra', 'urine',
]);

export const PASSAGE_EXCEPTIONS: Readonly<Record<string, string>> = {
  'screen:home.emergencyText':
    'A list, not prose: it completes its heading ("Call 999 now if you have") with the five emergency signs, each a few plain words, separated by commas. The formula reads the whole list as one 30-word sentence; breaking it into sentences would hide that every item is a reason to call.',
};

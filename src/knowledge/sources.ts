/**
 * The reference list of research/clinical.md ([R1] … [R104], with lettered ones such as R13b), title and
 * addresses as listed there. `lowerReliability` marks the entries the research calls secondary copies,
 * reproductions, news copies or aggregator pages (§0, §7): replace them with primary sources at clinical review.
 * Generated once from clinical.md, then kept by hand.
 */
import type { SourceEntry } from './types.ts';

export const sources: readonly SourceEntry[] = [
  {
    id: 'R1',
    title:
      'NICE NG59, Low back pain and sciatica in over 16s: assessment and management (2016, updated 2020)',
    urls: [
      'https://jesse.tg/ngc-archive/summary/11116',
      'https://www.guideline-genius.com/article/Index?id=58',
    ],
  },
  {
    id: 'R2',
    title: 'NICE research recommendation, Benzodiazepines for the acute management of low back pain',
    urls: [
      'https://www.nice.org.uk/researchrecommendation/pharmacological-therapies-what-is-the-clinical-and-cost-effectiveness-of-benzodiazepines-for-the-acute-management-of-low-back-pain',
    ],
  },
  {
    id: 'R3',
    title: 'NICE "do not offer" list, as summarised in a Medscape quiz and a pharmacy CPD module',
    urls: [
      'https://www.medscape.com/viewarticle/944083_4',
      'https://www.independentpharmacist.co.uk/cpd-modules/cpd-module-back-pain/non-drug-approaches-605890',
    ],
    lowerReliability: true,
  },
  {
    id: 'R4',
    title:
      'Qaseem A et al., Noninvasive Treatments for Acute, Subacute, and Chronic Low Back Pain: ACP Clinical Practice Guideline, Ann Intern Med 2017;166:514-30',
    urls: ['https://www.acpjournals.org/doi/10.7326/M16-2367'],
  },
  {
    id: 'R5',
    title:
      'Chou R et al., Diagnosis and Treatment of Low Back Pain: joint ACP/APS guideline, Ann Intern Med 2007;147:478-91',
    urls: [
      'https://studylib.net/doc/10804806/diagnosis-and-treatment-of-low-back-pain--a-joint-clinica',
      'https://paperexplained.cn/articles/paper/detail/ac84a93ed09e846dd3f67170645c38bb981c8666',
    ],
  },
  {
    id: 'R6',
    title:
      'Verhagen AP et al., Red flags presented in current low back pain guidelines: a review, Eur Spine J 2016;25:2788-802',
    urls: [
      'https://link.springer.com/article/10.1007/s00586-016-4684-0',
      'https://mijn.bsl.nl/link?doi=10.1007/s00586-016-4684-0',
    ],
  },
  {
    id: 'R6b',
    title: 'FAPESP researcher abstract (1–4% serious pathology)',
    urls: ['https://bv.fapesp.br/en/pesquisador/718130/lorena-schwartz-reginato/'],
  },
  {
    id: 'R7',
    title:
      'Finucane LM et al., International framework for red flags for potential serious spinal pathologies, JOSPT 2020;50(7):350-72',
    urls: [
      'https://researchers.mq.edu.au/en/publications/international-framework-for-red-flags-for-potential-serious-spina',
      'https://www.eurekalert.org/news-releases/904355',
    ],
  },
  {
    id: 'R8',
    title:
      'Henschke N et al., Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings with acute low back pain, Arthritis Rheum 2009;60:3072-80',
    urls: ['https://pubmed.ncbi.nlm.nih.gov/19790051/'],
  },
  {
    id: 'R9',
    title:
      'Downie A et al., Red flags to screen for malignancy and fracture in patients with low back pain: systematic review, BMJ 2013;347:f7095',
    urls: [
      'https://researchers.mq.edu.au/en/publications/red-flags-to-screen-for-malignancy-and-fracture-in-patients-with--2',
      'https://www.bmj.com/content/347/bmj.f7095.abstract',
    ],
  },
  {
    id: 'R10',
    title:
      'Deyo RA, Rainville J, Kent DL, What can the history and physical examination tell us about low back pain?, JAMA 1992;268:760-5',
    urls: [
      'http://jama.jamanetwork.com/article.aspx?articleid=399079',
      'http://www.jamaevidence.com/abstract/3475992',
    ],
  },
  {
    id: 'R11',
    title: 'Cook CE et al., Red flag screening for low back pain: nothing to see here, move along, BJSM 2017',
    urls: ['https://www.scribd.com/document/551791352/Red-flag-screening-for-low-back-pain'],
    lowerReliability: true,
  },
  {
    id: 'R12',
    title: 'CKS, Sciatica – interpreting red flags',
    urls: [
      'http://www.cks.nhs.uk/sciatica_lumbar_radiculopathy/management/scenario_diagnosis/assessing_for_serious_risks_red_flags/interpreting_red_flags',
    ],
  },
  {
    id: 'R13',
    title: 'NHS back pain advice (reproductions)',
    urls: [
      'https://redflagsymptoms.co.uk/back-pain',
      'https://bridgwaterbayhealth.nhs.uk/back-pain',
      'https://bridgestreetsurgery.co.uk/health-information/4205-2/back-pain',
    ],
    lowerReliability: true,
  },
  {
    id: 'R13b',
    title: 'Low Back Pain Red Flags (clinical tool)',
    urls: [
      'https://cliniborg.com/2014/08/22/low-back-pain-red-flags',
      'https://www.droracle.ai/articles/206804/what-are-the-symptoms-of-cauda-equina-syndrome',
    ],
    lowerReliability: true,
  },
  {
    id: 'R13c',
    title: 'Public health-information page (not an NHS page), Back Pain',
    urls: ['https://makeitvisible.info/aches-pains/learn/back-pain/'],
  },
  {
    id: 'R13d',
    title: 'NHS pain-severity wording (secondary news copy)',
    urls: [
      'https://3slastxawesome.info/2025/01/06/nhs-warns-tingling-in-two-key-areas-means-you-should-call-999-immediately',
    ],
    lowerReliability: true,
  },
  {
    id: 'R14',
    title: 'Torbay and South Devon NHS FT, Cauda Equina Syndrome',
    urls: [
      'https://www.torbayandsouthdevon.nhs.uk/services/specialist-spinal-orthopaedic-physiotherapy-service/common-spinal-conditions/cauda-equina-syndrome/',
    ],
  },
  {
    id: 'R15',
    title: 'Retrospective review of 334 urgent MRIs for suspected CES (abstract)',
    urls: [
      'https://discovery.researcher.life/topic/unilateral-leg-pain/8497969?page=1&topic_name=Unilateral+Leg+Pain',
    ],
  },
  {
    id: 'R16',
    title: 'UMEM pearl, Cauda Equina',
    urls: ['http://umem.org/pipermail/education/attachments/20131109/7ccc9be3/attachment.html'],
  },
  {
    id: 'R17',
    title: 'British Association of Spine Surgeons, Cauda Equina Syndrome',
    urls: ['https://spinesurgeons.org.uk/Cauda-Equina-Syndrome'],
  },
  {
    id: 'R18',
    title: 'Evaluation and management of cauda equina syndrome in the emergency department, Am J Emerg Med',
    urls: ['https://ajemjournal.com/article/S0735-6757(19)30535-2/fulltext'],
  },
  {
    id: 'R19',
    title: 'Scan-negative CES study, J Neurol 2018',
    urls: [
      'https://www.rcpjournals.org/lookup/external-ref?access_num=10.1007/s00415-018-9078-2&link_type=DOI',
    ],
  },
  {
    id: 'R20',
    title: 'nidirect (NHS text), Abdominal aortic aneurysm',
    urls: ['https://nidirect.gov.uk/node/10429'],
  },
  {
    id: 'R20b',
    title: 'AAA patient leaflet',
    urls: ['http://spotidoc.com/doc/2974/what-do-i-do-if-i-get-new-symptoms%3F'],
  },
  {
    id: 'R21',
    title: 'nidirect, Kidney infection',
    urls: ['https://www.nidirect.gov.uk/conditions/kidney-infection'],
  },
  {
    id: 'R21b',
    title: 'Pyelonephritis',
    urls: ['https://redflagsymptoms.co.uk/pyelonephritis'],
  },
  {
    id: 'R22',
    title: 'Renal colic',
    urls: [
      'https://www.altru.org/health-library/definitions/renal-colic',
      'https://www.healthline.com/health/renal-colic',
    ],
  },
  {
    id: 'R23',
    title: 'Spine-health, Osteomyelitis symptoms',
    urls: ['https://www.spine-health.com/conditions/lower-back-pain/osteomyelitis-symptoms'],
  },
  {
    id: 'R23b',
    title: 'Orthopedic Reviews, vertebral osteomyelitis paper',
    urls: ['https://orthopedicreviews.openmedicalpublishing.org/article/32243'],
  },
  {
    id: 'R23c',
    title:
      'Secondary clinical summary (lower reliability), Management of vertebral osteomyelitis in an IV drug user',
    urls: ['https://www.droracle.ai/articles/294186/what-is-the-next-step-in-managing-a-28-year-old'],
    lowerReliability: true,
  },
  {
    id: 'R23d',
    title: 'Student web page, Infectious causes of low back pain (lower reliability)',
    urls: ['http://acarper.weebly.com/infectious-causes.html'],
    lowerReliability: true,
  },
  {
    id: 'R24',
    title: 'Inflammatory back pain criteria (ASAS, Sieper 2009, Ann Rheum Dis 68:784-8; Berlin)',
    urls: [
      'https://empendium.com/mcmtextbook/table/031_6932',
      'https://johnsnyderdpt.com/for-clinicians/clinical-prediction-rules/ankylosing-spondylitis-ibp/',
      'https://johnsnyderdpt.com/for-clinicians/clinical-prediction-rules/ankylosing-spondylitis-berlin/',
      'https://bindevevssykdommer.no/en/spondyloartritt/inflammatorisk-ryggsmerte/',
    ],
  },
  {
    id: 'R25',
    title: 'Axial SpA prevalence',
    urls: [
      'https://discovery.researcher.life/article/pos0984-prevalence-of-axial-spondyloarthritis-among-young-people-consulting-because-of-chronic-low-back-pain-in-a-university-hospital-in-argentina/0418972faba637f1a576059471ccd535',
      'https://link.springer.com/doi/10.1186/s12891-015-0853-2',
      'https://www.mayoclinicproceedings.org/article/S0025-6196(20)30153-1/fulltext',
    ],
  },
  {
    id: 'R26',
    title:
      'Suri P et al., Does this older adult with lower extremity pain have the clinical syndrome of lumbar spinal stenosis?, JAMA 2010;304:2628-36',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC3260477'],
  },
  {
    id: 'R27',
    title:
      'Katz JN et al., Degenerative lumbar spinal stenosis: diagnostic value of the history and physical examination, Arthritis Rheum 1995;38:1236-41',
    urls: [
      'https://discovery.researcher.life/article/degenerative-lumbar-spinal-stenosis-diagnostic-value-of-the-history-and-physical-examination/36bbb67bb86932e992d9df440b96ab66',
    ],
  },
  {
    id: 'R28',
    title:
      'Konno S et al., Development of a clinical diagnosis support tool to identify patients with lumbar spinal stenosis, Eur Spine J 2007;16:1951-7',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC2223350'],
  },
  {
    id: 'R29',
    title:
      'Konno S et al., A diagnostic support tool for LSS: a self-administered, self-reported history questionnaire, BMC Musculoskelet Disord 2007;8:102',
    urls: [
      'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-8-102',
      'http://hindawi.com/journals/prt/2011/340629/tab1',
    ],
  },
  {
    id: 'R30',
    title: 'Cook C et al. 2011 LSS cluster',
    urls: [
      'https://www.physiotutors.com/wiki/lumbar-spinal-stenosis-cluster/',
      'https://www.physiohub.io/assessment/lumbar/lumbar-spine-stenosis/cook-cpr',
    ],
  },
  {
    id: 'R31',
    title:
      'Nadeau M et al., The reliability of differentiating neurogenic claudication from vascular claudication based on symptomatic presentation, Can J Surg 2013;56:372-7',
    urls: ['https://www.canjsurg.ca/highwire/citation/87515/medlars'],
  },
  {
    id: 'R32',
    title:
      'Khan NA et al., Does the clinical examination predict lower extremity peripheral arterial disease?, JAMA 2006;295:536-46',
    urls: [
      'https://pubmed.ncbi.nlm.nih.gov/16449619/',
      'http://www.crd.york.ac.uk/CRDWeb/ShowRecord.asp?AccessionNumber=12006008108',
    ],
  },
  {
    id: 'R33',
    title: 'Edinburgh Claudication Questionnaire study (1,487 patients; PMID 19524189)',
    urls: [
      'https://proxy.weglot.com/wg_31e3b69165a930b5a27173d9b265f5a52/nl/en/pubmed.ncbi.nlm.nih.gov/19524189',
    ],
  },
  {
    id: 'R33b',
    title: 'ECQ vs ABI, Int J Clin Pract',
    urls: ['http://onlinelibrary.wiley.com/doi/10.1111/ijcp.12148/abstract'],
  },
  {
    id: 'R33c',
    title: 'Intermittent Claudication',
    urls: [
      'https://www.mitchmedical.us/family-medicine/intermittent-claudication.html',
      'https://www.droracle.ai/articles/15086/what-is-the-difference-between-neurologic-claudication-and-vascular',
    ],
    lowerReliability: true,
  },
  {
    id: 'R33d',
    title: 'Secondary comparison table',
    urls: [
      'https://www.droracle.ai/articles/366032/how-do-you-distinguish-between-neurogenic-claudication-and-peripheral',
    ],
    lowerReliability: true,
  },
  {
    id: 'R33e',
    title: 'physicaltherapy.com, Differentiating neurogenic and vascular claudication',
    urls: [
      'https://physicaltherapy.com/ask-the-experts/differentiating-neurogenic-and-vascular-claudication-4934',
    ],
  },
  {
    id: 'R34',
    title:
      'Konstantinou K et al., Characteristics of patients with low back and leg pain seeking treatment in primary care: ATLAS, BMC Musculoskelet Disord 2015;16:332',
    urls: ['http://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/s12891-015-0787-8'],
  },
  {
    id: 'R35',
    title: 'VisualDx, Lumbar radiculopathy',
    urls: ['https://v7.visualdx.com/visualdx/diagnosis/?contentModuleId=101&diagnosisId=56760&moduleId=100'],
  },
  {
    id: 'R35b',
    title: 'Spine-related leg symptoms (MSK pathway)',
    urls: [
      'https://rds.staging.tactuum.com/msk-pathways/spine-pathways/lumbar-spine-pathways/supporting-information-on-relevant-conditions/spine-related-leg-symptoms',
    ],
  },
  {
    id: 'R35c',
    title: 'Sciatica',
    urls: ['https://www.pharmacy-network.co.uk/clinical/310140-low-back-pain/sciatica-736347'],
  },
  {
    id: 'R36',
    title:
      'Kalichman L et al., Spinal stenosis prevalence and association with symptoms: the Framingham Study',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC3775665'],
  },
  {
    id: 'R37',
    title:
      'FDA Drug Safety Communication (2 March 2011), Low magnesium levels can be associated with long-term use of PPIs',
    urls: [
      'http://www.fda.gov/drugs/drugsafety/ucm245011.htm',
      'http://www.fda.gov/Drugs/DrugSafety/DrugSafetyPodcasts/ucm246866.htm',
    ],
  },
  {
    id: 'R37c',
    title: 'Medscape report on the FDA PPI warning (diuretics cause hypomagnesaemia)',
    urls: ['https://www.medscape.com/viewarticle/738230'],
  },
  {
    id: 'R38',
    title: 'MedicineNet, Hypokalemia symptoms',
    urls: [
      'https://www.medicinenet.com/hypokalemia_symptoms_and_signs/symptoms.htm',
      'https://10faq.com/health/causes-of-muscle-cramps/5',
    ],
  },
  {
    id: 'R38b',
    title: 'Hypokalaemia overview (magazine copy)',
    urls: ['https://www.pling.no/publications/woman-s-weekly/4740/issues/515359/articles'],
    lowerReliability: true,
  },
  {
    id: 'R39',
    title: "Harrison's (excerpt), hypocalcaemia",
    urls: [
      'https://download.skyscape.com/download/ota/lonestar/76CD77F7-898A-4928-AE45-A3D54D0FF0F0/harrisons.ed19/content/HTML/q/tu43.htm',
    ],
  },
  {
    id: 'R39b',
    title: 'Hypocalcaemia symptoms (copy of eMedicine text)',
    urls: [
      'http://tcmwindow.com/diseases/Metabolism-&-Endocrine-System-Diseases/Hypocalcemia-symptoms.shtml',
    ],
    lowerReliability: true,
  },
  {
    id: 'R39c',
    title: 'Hypocalcaemia',
    urls: ['https://www.pediagenosis.com/2020/08/hypocalcaemia.html'],
  },
  {
    id: 'R40',
    title:
      'Garrison SR et al., Nocturnal leg cramps and prescription use that precedes them: a sequence symmetry analysis, Arch Intern Med 2012;172:120-6',
    urls: [
      'https://api-pubmed-ncbi.laibokeji.com/22157068',
      'https://www.acpinternist.org/weekly/archives/2011/12/20/4.htm',
    ],
  },
  {
    id: 'R40b',
    title: 'NeLM news on Garrison 2012',
    urls: [
      'http://www.nelm.nhs.uk/en/NeLM-Area/News/2011---December/13/Study-looks-at-associations-between-medication-use-and-nocturnal-leg-cramps-/',
    ],
  },
  {
    id: 'R41',
    title: 'Wood/Howard et al., SAMSON n-of-1 trial, JACC 2021',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC8453640'],
  },
  {
    id: 'R41b',
    title: 'EAS, Commentary: SAMSON, SAMS and nocebo effects',
    urls: ['https://eas-society.org/page/commentary-samson-sams-and-nocebo-effects/'],
  },
  {
    id: 'R41c',
    title: 'Medical News Today on Gupta et al. (Lancet 2017, ASCOT-LLA)',
    urls: ['http://www.medicalnewstoday.com/releases/317270.php'],
  },
  {
    id: 'R42',
    title:
      'Miller KC et al., An evidence-based review of the pathophysiology, treatment, and prevention of EAMC, J Athl Train 2022;57:5-15',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC8775277'],
  },
  {
    id: 'R42b',
    title:
      'Schwellnus M, Cause of EAMC – altered neuromuscular control, dehydration or electrolyte depletion?, BJSM 2009',
    urls: ['http://bjsm.bmj.com/content/early/2008/11/03/bjsm.2008.050401'],
  },
  {
    id: 'R42c',
    title: 'Miller KC, Rethinking the cause of exercise-associated muscle cramping, Curr Sports Med Rep 2015',
    urls: [
      'https://journals.lww.com/acsm-csmr/Fulltext/2015/09000/Rethinking_the_Cause_of_Exercise_Associated_Muscle.5.aspx',
    ],
  },
  {
    id: 'R42d',
    title: 'Miller KC et al. 2010 MSSE (pickle-juice study introduction)',
    urls: [
      'https://www.getpikled.com/the-science-behind-pickle-juice-reflex-inhibition-of-electrically-induced-muscle-cramps-in-hypohydrated-humans/',
      'https://ndsu.edu/news/view/detail/4453',
    ],
  },
  {
    id: 'R42e',
    title:
      'Bergeron MF, Muscle cramps during exercise – is it fatigue or electrolyte deficit? (reproduction)',
    urls: ['http://completesoccertraining.blogspot.com/2012/09/muscle-cramps-during-exercise-is-it.html'],
    lowerReliability: true,
  },
  {
    id: 'R43',
    title:
      'Hu H et al., Relationship Between Muscle Cramps and Diabetic Retinopathy in Patients with Type 2 Diabetes, DMSO 2022;15:827-37',
    urls: [
      'https://www.dovepress.com/relationship-between-muscle-cramps-and-diabetic-retinopathy-in-patient-peer-reviewed-fulltext-article-DMSO',
    ],
  },
  {
    id: 'R43b',
    title:
      'Li J et al., Frequency and risk factors of muscle cramp in 136 cases of T2DM, J Shandong Univ 2023',
    urls: ['http://yxbwk.njournal.sdu.edu.cn/EN/10.6040/j.issn.1671-7554.0.2022.1164'],
  },
  {
    id: 'R43c',
    title: 'Diabetic Polyneuropathy in Type 1 and Type 2 DM, Cureus 2022',
    urls: ['https://www.pubmed.gov/36348847/'],
  },
  {
    id: 'R44',
    title: 'Diabetic lumbosacral radiculoplexus neuropathy',
    urls: ['https://neupsykey.com/diabetic-lumbosacral-radiculoplexus-neuropathy'],
  },
  {
    id: 'R44b',
    title: 'Practical Neurology, Diabetic amyotrophy',
    urls: ['https://practicalneurology.com/articles/2016-july-aug/diabetic-amyotrophy'],
  },
  {
    id: 'R44c',
    title: 'SHM abstract',
    urls: ['https://shmabstracts.org/abstract/diabetic-amyotrophy-a-distinct-and-disabiling-neuropathy/'],
  },
  {
    id: 'R45',
    title:
      'French SD et al., Superficial heat or cold for low back pain, Cochrane CD004750 / Spine 2006;31:998-1006',
    urls: [
      'https://cochranelibrary.com/es/cdsr/doi/10.1002/14651858.CD004750.pub2/full/ru',
      'https://acuresearchbank.acu.edu.au/item/8871x/a-cochrane-review-of-superficial-heat-or-cold-for-low-back-pain',
    ],
  },
  {
    id: 'R46',
    title:
      'Cashin AG et al., Efficacy, acceptability, and safety of muscle relaxants for adults with non-specific low back pain, BMJ 2021;374:n1446',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC8262447', 'https://aafp.org/link_out?pmid=35029939'],
  },
  {
    id: 'R47',
    title: 'van Tulder MW et al., Muscle relaxants for non-specific low back pain, Cochrane CD004252 (2003)',
    urls: [
      'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD004252/abstract',
      'https://download.skyscape.com/download/ota/lonestar/B4562E59-87F6-47FA-8F09-D67E1FE536CA/ebmgneuro.ed18/content/HTML/j/tu12.htm',
    ],
  },
  {
    id: 'R48',
    title: 'Garrison SR et al., Magnesium for skeletal muscle cramps, Cochrane CD009402.pub3 (2020)',
    urls: [
      'https://www.painscience.com/bibliography.php?garrison20',
      'https://cochranelibrary.com/es/cdsr/doi/10.1002/14651858.CD009402.pub3/full',
      'http://jkbops.blogg.se/2022/july/best-form-of-magnesium-for-leg-cramps.html',
    ],
  },
  {
    id: 'R49',
    title:
      'Dahm KT et al., Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica, Cochrane CD007612 (2010)',
    urls: [
      'https://evidence.unboundmedicine.com/evidence/view/Cochrane/436513/all/Advice_to_rest_in_bed_versus_advice_to_stay_active_for_acute_low%E2%80%90back_pain_and_sciatica',
    ],
  },
  {
    id: 'R50',
    title:
      'Derry S et al., Topical NSAIDs for acute musculoskeletal pain in adults, Cochrane CD007402.pub3 (2015), summary-of-findings table',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC6426435/table/CD007402-tbl-0001'],
  },
  {
    id: 'R51',
    title:
      'Derry S et al., Salicylate-containing rubefacients for acute and chronic musculoskeletal pain, Cochrane CD007403.pub3 (2014)',
    urls: ['https://cochranelibrary.com/es/cdsr/doi/10.1002/14651858.CD007403.pub3/full/hr'],
  },
  {
    id: 'R52',
    title: 'Oltean H et al., Herbal medicine for low-back pain, Cochrane CD004504.pub4 (2014)',
    urls: ['https://cochranelibrary.com/en/cdsr/doi/10.1002/14651858.CD004504.pub4/full/zh_HANS'],
  },
  {
    id: 'R53',
    title:
      'Kumar S et al., The effectiveness of massage therapy for nonspecific LBP: a systematic review of systematic reviews, 2013; Furlan AD et al., Massage for low-back pain, Cochrane CD001929.pub3 (2015)',
    urls: [
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC3772691/?utm_source=chatgpt.com',
      'https://www.scribd.com/document/701487613/Furlan-et-al-2015-Cochrane-Database-of-Systematic-Reviews',
    ],
  },
  {
    id: 'R54',
    title: 'Ginger compress studies',
    urls: [
      'https://ajol.info/index.php/jfas/article/view/165975',
      'https://ejournal.lucp.net/index.php/mjn/article/view/459',
      'http://wprim.whocc.org.cn:80/admin/article/articleDetail?WPRIMID=965318&articleId=978347&from=search',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC2984544',
    ],
  },
  {
    id: 'R55',
    title: 'Ginger–warfarin interaction',
    urls: [
      'https://www.doctorabel.us/natural-supplements/significant-interactions-kaq.html',
      'http://www.ptinr.com/warfarin-you/drug-other-medications/natural-medicines-vitamins/ginger-and-warfarin',
    ],
  },
  {
    id: 'R55b',
    title: 'MSKCC, Ginger',
    urls: ['http://mskcc.org/cancer-care/herb/ginger'],
  },
  {
    id: 'R56',
    title: 'Kugelmas M, zinc for cramps in cirrhosis, J Am Coll Nutr 2000 (news report)',
    urls: [
      'https://www.remedyspot.com/content/topic/1110240-zinc-supplementation-effective-treatment-for-muscle-cramps-in-cirrhotic-patients/?comment=2567616&do=findComment',
    ],
  },
  {
    id: 'R56b',
    title:
      'The role of serum zinc and other factors on the prevalence of muscle cramps in non-alcoholic cirrhotic patients',
    urls: [
      'https://read.qxmd.com/read/15220689/the-role-of-serum-zinc-and-other-factors-on-the-prevalence-of-muscle-cramps-in-non-alcoholic-cirrhotic-patients',
    ],
  },
  {
    id: 'R57',
    title: 'High heels',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC3206568', 'https://zhixidata.com/details/1/849247908'],
  },
  {
    id: 'R58',
    title: 'Sahar T et al., Insoles for prevention and treatment of back pain, Cochrane CD005275',
    urls: [
      'https://download.skyscape.com/download/ota/lonestar/B4562E59-87F6-47FA-8F09-D67E1FE536CA/ebmgid.ed18/content/HTML/2/tn42.htm',
      'http://www.cochraneprimarycare.org/pearls/insoles-do-not-prevent-back-pain',
    ],
  },
  {
    id: 'R59',
    title:
      'Steffens D et al., Prevention of Low Back Pain: A Systematic Review and Meta-analysis, JAMA Intern Med 2016;176:199-208',
    urls: [
      'https://chiro.org/LINKS/ABSTRACTS/Prevention_of_Low_Back_Pain.shtml',
      'https://www.medicalnewstoday.com/releases/304877',
    ],
  },
  {
    id: 'R60',
    title:
      'Hallegraeff JM et al., Stretching before sleep reduces the frequency and severity of nocturnal leg cramps in older adults, J Physiother 2012;58:17-22',
    urls: ['https://pubmed.ncbi.nlm.nih.gov/22341378/'],
  },
  {
    id: 'R60b',
    title: 'Physiotherapy clinic summary (~30% prevalence)',
    urls: ['https://rozellephysio.com.au/stretching-can-reduce-night-cramps/'],
  },
  {
    id: 'R61',
    title: '90/90 position (lay sources)',
    urls: [
      'http://www.painfreeposturemn.com/the-pain-relieving-power-of-90-90-positioning',
      'https://www.bluestonechiropractic.com/9090-exercise-alleviates-back-pain/',
    ],
  },
  {
    id: 'R62',
    title:
      'Wang Y et al., Sugar-sweetened beverage intake and chronic low back pain, Front Nutr 2024;11:1418393',
    urls: ['https://frontiersin.org/journals/nutrition/articles/10.3389/fnut.2024.1418393/full'],
  },
  {
    id: 'R63',
    title: 'Cold/heat contraindications',
    urls: [
      'https://clinicalgate.com/cryotherapy-cold-therapy',
      'https://deroyal.com/products/search-catalog-item/catalog-item-preview/pc-temptherapy-jetstream',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC4395553',
      'https://www.spavelous.com/EB/N080808/ColdSpaTreatments11.html',
    ],
  },
  {
    id: 'R64',
    title: 'Burns from heating devices',
    urls: [
      'https://www.hmpgloballearningnetwork.com/site/wounds/reviews/burns-sustained-body-heating-devices-integrative-review',
      'https://bjgp.org/content/55/512/222.full',
      'https://healthcare.utah.edu/the-scope/health-library/all/2018/11/heating-pads-can-cause-second-degree-burns',
    ],
  },
  {
    id: 'R65',
    title: 'Ice application time (quoting myhealth.alberta.ca)',
    urls: ['https://www.interviewarea.com/q-and-a/how-long-should-ice-packs-be-applied'],
  },
  {
    id: 'R66',
    title: 'Magnesium UL (350 mg supplemental, NIH ODS), lower-reliability secondary copy',
    urls: ['https://ntro.it.com/what-is-the-maximum-magnesium-to-take-daily'],
    lowerReliability: true,
  },
  {
    id: 'R66b',
    title: 'Hypermagnesaemia',
    urls: [
      'https://foodmineral.com/2013/09/hypermagnesemia.html',
      'https://abdominalkey.com/disorders-of-magnesium-hypermagnesemia',
      'https://www.droracle.ai/articles/470832/can-magnesium-supplementation-help-alleviate-calf-cramps',
    ],
    lowerReliability: true,
  },
  {
    id: 'R66c',
    title: 'Magnesium–drug interactions, lower-reliability secondary sources',
    urls: [
      'https://medx.it.com/what-cannot-be-mixed-with-magnesium-a-guide-to-medication-interactions',
      'https://biologyinsights.com/does-magnesium-interfere-with-antibiotics',
    ],
    lowerReliability: true,
  },
  {
    id: 'R67',
    title: 'Saper RB, Rash R, Zinc: An Essential Micronutrient, Am Fam Physician 2009;79:768-72, Table 2',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC2820120/table/T2'],
  },
  {
    id: 'R68',
    title: 'Potassium supplements (≤99 mg/serving; ACE inhibitors)',
    urls: ['https://plex.page/Potassium'],
  },
  {
    id: 'R68b',
    title:
      'Momoniat T et al., ACE inhibitors and ARBs: managing potassium and renal function, Cleve Clin J Med 2019',
    urls: ['https://www.ccjm.org/content/86/9/601.full.txt'],
  },
  {
    id: 'R68c',
    title:
      'Gritter M et al., Effects of short-term potassium chloride supplementation in patients with CKD, JASN 2022',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC9529195'],
  },
  {
    id: 'R69',
    title: 'FDA OTC analgesic warnings',
    urls: [
      'https://www.thepharmaletter.com/fda-warning-on-otc-analgesics',
      'https://accessunlocked.com/accessunlocked-aspirin-may-cause-internal-bleeding/',
      'https://spiritindia.com/pain-label-changes-for-products-containing-nsaids/',
      'https://www.massage-chair-relief.com/blog/fda-stresses-warning-on-nsaids/',
    ],
  },
  {
    id: 'R69b',
    title:
      'FDA, FDA recommends avoiding use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid (2020)',
    urls: [
      'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic',
      'https://publications.aap.org/aapnews/news/9205/FDA-warns-pregnant-women-to-avoid-NSAIDs-after-20?autologincheck=redirected',
    ],
  },
  {
    id: 'R70',
    title: 'Acetaminophen liver warning',
    urls: [
      'http://www.hellawella.com/are-you-taking-too-much-acetaminophen',
      'https://www.ucihealth.org/blog/2018/03/acetaminophen-liver-failure',
    ],
  },
  {
    id: 'R71',
    title: 'Cyclobenzaprine warnings',
    urls: [
      'http://www.brain-spine.com/helpbook/se_muscle_relax.html',
      'https://wikidoc.org./index.php?diff=1135079&oldid=1047125&title=Cyclobenzaprine',
      'https://www.pdr.net/drug-summary/Cyclobenzaprine-Hydrochloride-cyclobenzaprine-hydrochloride-3089',
      'http://edrugswiki.com/drug/cyclobenzaprine',
    ],
  },
  {
    id: 'R72',
    title: 'NHS diazepam wording (news copy)',
    urls: [
      'https://england-times.co.uk/nhs-diazepam-four-week-warning-to-people-on-medication-for-anxiety-and-spasms/?amp=1',
    ],
    lowerReliability: true,
  },
  {
    id: 'R73',
    title:
      'Costa LCM et al., The prognosis of acute and persistent low-back pain: a meta-analysis, CMAJ 2012;184:E613-24',
    urls: ['https://www.cmaj.ca/content/184/11/E613.full.txt'],
  },
  {
    id: 'R74',
    title: 'Pengel LHM et al., Acute low back pain: systematic review of its prognosis, BMJ 2003;327:323',
    urls: ['https://www.bmj.com/content/327/7410/323.abstract'],
  },
  {
    id: 'R75',
    title:
      'Henschke N et al., Prognosis in patients with recent onset low back pain in Australian primary care: inception cohort study, BMJ 2008',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC2483884'],
  },
  {
    id: 'R77',
    title:
      'Williams CM et al., Efficacy of paracetamol for acute low-back pain (PACE), Lancet 2014;384:1586-96',
    urls: [
      'https://www.cfp.ca/lookup/external-ref?access_num=10.1016/S0140-6736(14)60805-9&link_type=DOI',
      'http://evidencebasedmedicine.com.au/?p=1664',
    ],
  },
  {
    id: 'R78',
    title: 'Keele University, Using & scoring the Keele STarT Back Screening Tool',
    urls: [
      'https://www.keele.ac.uk/sbst/startbacktool/usingandscoring/',
      'http://www.keele.ac.uk/sbst/usingscoringthesbst/',
      'https://www.ericmoorepartnership.co.uk/health-information/the-keele-start-back-screening-tool/',
      'https://startback.hfac.keele.ac.uk/research',
    ],
  },
  {
    id: 'R78c',
    title: 'Keele STarT Back website (older home page, "free and open to all")',
    urls: ['http://www.keele.ac.uk/sbst/'],
  },
  {
    id: 'R78d',
    title: 'Keele STarT Back site, legal/privacy page (©2021)',
    urls: ['https://startback.hfac.keele.ac.uk/privacy-policy/'],
  },
  {
    id: 'R78e',
    title: 'patient.info, STarT Back Screening Tool for Low Back Pain',
    urls: ['https://patient.info/health/start-back-screening-tool-for-low-back-pain'],
  },
  {
    id: 'R78f',
    title: 'Keele STarT MSK legal statements',
    urls: ['https://keele.ac.uk/startmsk/legal'],
  },
  {
    id: 'R79',
    title: 'Mapi Research Trust ePROVIDE, ODI – Oswestry Disability Index',
    urls: ['https://eprovide.mapi-trust.org/odi-oswestry-disability-index'],
  },
  {
    id: 'R79b',
    title: 'RehabMeasures ODI entry (copy)',
    urls: ['http://dorfenfashion.com/rehabilitation-measures/oswestry-disability-index'],
    lowerReliability: true,
  },
  {
    id: 'R80',
    title:
      'Roland M, Fairbank J, The Roland-Morris Disability Questionnaire and the Oswestry Disability Questionnaire, Spine 2000;25:3115-24',
    urls: ['https://studylib.net/doc/5830226/--roland-morris-disability-questionnaire'],
  },
  {
    id: 'R80b',
    title: 'Physio-pedia, Roland-Morris Disability Questionnaire',
    urls: [
      'https://www.physio-pedia.com/index.php?title=Roland‐Morris_Disability_Questionnaire&oldid=216744',
    ],
  },
  {
    id: 'R80c',
    title: 'scientificspine.com, Roland–Morris Disability Questionnaire',
    urls: ['http://scientificspine.com/spine-scores/roland-morris-disability-questionnaire_%28rdq%29.html'],
  },
  {
    id: 'R81',
    title:
      'Ostelo RW et al., Interpreting change scores for pain and functional status in low back pain: towards international consensus regarding minimal important change, Spine 2008',
    urls: ['https://paperexplained.cn/articles/paper/detail/c63b17f341638e994cd27cc6d09b4f05e220d5cc'],
  },
  {
    id: 'R81b',
    title:
      'Kamper SJ et al., How little pain and disability do patients with low back pain have to experience to feel that they have recovered?, Eur Spine J 2010',
    urls: ['https://pmc.ncbi.nlm.nih.gov/articles/PMC2989296'],
  },
  {
    id: 'R82',
    title: 'Physiotherapy Canada, Numeric Rating Scale (NRS-11)',
    urls: ['https://physiotherapy.ca/divisions/pain-science/numeric-rating-scale-nrs-11/'],
  },
  {
    id: 'R82b',
    title: 'NIH Clinical Center, Pain intensity instruments: 0–10 NRS (2003)',
    urls: ['https://www.scribd.com/doc/138039297/Numeric-Rating-Scale'],
    lowerReliability: true,
  },
  {
    id: 'R82c',
    title:
      'Asking the community about cutpoints used to describe mild, moderate, and severe pain, J Pain 2006;7:49-56',
    urls: ['https://pubmed.ncbi.nlm.nih.gov/16414555/?dopt=Abstract'],
  },
  {
    id: 'R83',
    title: 'HSE (Ireland), Chest pain',
    urls: ['https://www2.hse.ie/conditions/chest-pain'],
  },
  {
    id: 'R84',
    title:
      'NHS digital service manual, Help users decide when and where to get care (care cards) (3 levels: non-urgent, urgent, emergency)',
    urls: [
      'https://service-manual.nhs.uk/design-system/patterns/help-users-decide-when-and-where-to-get-care',
    ],
  },
  {
    id: 'R85',
    title: 'NHS Shingles page text (pharmacy reproductions)',
    urls: [
      'https://mypharmacy.co.uk/product/shingles',
      'https://1stchoicepharmacy.co.uk/nhs_conditions_shingles',
    ],
    lowerReliability: true,
  },
  {
    id: 'R85b',
    title: 'NHS Pharmacy First clinical pathway for shingles (professional summaries)',
    urls: [
      'https://www.tmmagazine.co.uk/learning/pharmacy-first-shingles/pharmacy-first-for-shingles-1230332',
      'https://www.tmmagazine.co.uk/learning/dermatology-shingles/red-flags-and-when-to-refer-1262087',
      'https://view.clinicalreasoning.io/pathways/pf-shingles',
      'https://www.thepharmacist.co.uk/pharmacy-first/pharmacy-first-top-tips-for-managing-shingles/',
    ],
  },
  {
    id: 'R85c',
    title: 'Ophthalmic shingles (herpes zoster ophthalmicus)',
    urls: [
      'https://remedy.bnssg.icb.nhs.uk/adults/ophthalmology/ophthalmic-shingles',
      'https://www.eyes.nhs.scot/eyecare-guidelines/section-5-cornea/58-herpes-zoster-ophthalmicus',
    ],
  },
  {
    id: 'R86',
    title: 'Deep vein thrombosis',
    urls: [
      'https://beta.nhs.uk/conditions/deep-vein-thrombosis-dvt/?WT.mc_id=organic_split',
      'https://1stchoicepharmacy.co.uk/nhs_conditions_deep-vein-thrombosis-dvt',
      'https://britbrief.co.uk/health/nhs/nhs-call-111-if-you-spot-this-symptom-in-one-leg.html',
    ],
  },
  {
    id: 'R87',
    title: 'Pulmonary embolism',
    urls: [
      'https://axahealth.co.uk/staying-healthy/nhs-factsheets/pulmonary-embolism',
      'https://www.nidirect.gov.uk/conditions/pulmonary-embolism',
      'https://www.gloshospitals.nhs.uk/your-visit/patient-information-leaflets/deep-vein-thrombosis-dvt/',
    ],
  },
  {
    id: 'R88',
    title: 'Tetanus, NHS patient information',
    urls: [
      'https://www.nhs.uk/common-health-questions/accidents-first-aid-and-treatments/do-i-need-a-tetanus-jab-vaccine-after-an-accident-or-injury/',
      'https://www.eahealth.org/health-conditions/tetanus',
      'https://travelclinicglasgow.co.uk/tetanus-vaccine/',
      'https://clearchemist.co.uk/az-health/lockjaw/symptoms-of-tetanus',
      'https://rodgarb.pages.dev/when-should/when-should-i-worry-about-tetanus.html',
    ],
  },
  {
    id: 'R88b',
    title: 'UKHSA Tetanus: the green book, chapter 30, as summarised in secondary sources',
    urls: [
      'https://www.guidelines.co.uk/immunisation-and-vaccination/summary-of-tetanus-immunisation-policy/455216.article',
      'https://docslib.org/doc/10144903/tetanus-prophylaxis-background-tetanus-is-caused-by-tetanus-toxin-which-is-released-after-infection-by-clostridium-tetani',
      'https://ouh.quris.com/hospital-guidelines/adult-antimicrobial-guide/empiric-treatment/skin-and-skin-structure-infection/tetanus-prone-wounds',
    ],
  },
  {
    id: 'R88c',
    title: 'Australian Immunisation Handbook, Guide to tetanus prophylaxis in wound management (table)',
    urls: ['https://immunisationhandbook.health.gov.au/node/453'],
  },
  {
    id: 'R89',
    title: 'NHS Meningitis page text (reproductions)',
    urls: [
      'https://caths.cam.ac.uk/meningitis',
      'https://www.nicswell.co.uk/conditions-and-treatments/meningitis/symptoms-1/',
    ],
    lowerReliability: true,
  },
  {
    id: 'R90',
    title: 'Acute pancreatitis',
    urls: [
      'https://www.nidirect.gov.uk/conditions/acute-pancreatitis',
      'https://remedy.bnssg.icb.nhs.uk/adults/gastroenterology-and-colorectal-surgery/pancreatitis-acute',
    ],
  },
  {
    id: 'R91',
    title: 'NHS Gallstones (NHS website content widget)',
    urls: [
      'https://developer.api.nhs.uk/widgets/condition/?condition=%2Fconditions%2Fgallstones%2F',
      'https://developer.api.nhs.uk/widgets/condition/?condition=%2Fconditions%2Fgallstones%2Fsymptoms%2F',
    ],
  },
  {
    id: 'R91b',
    title: 'Acute cholecystitis',
    urls: [
      'https://www.nidirect.gov.uk/conditions/acute-cholecystitis',
      'http://www.webmd.boots.com/digestive-disorders/tc/gallbladder-inflammation-symptoms-of-acute-cholecystitis',
    ],
  },
  {
    id: 'R92',
    title: 'Bleeding in pregnancy',
    urls: [
      'https://www.stw-healthiertogether.nhs.uk/pregnant-women/worried-you-are-unwell-during-pregnancy/bleeding-pregnancy',
      'https://www.what0-18.nhs.uk/pregnant-women/concerns-during-pregnancy/under-20-weeks/bleeding-pregnancy-under-20-weeks',
      'https://issuu.com/bsccp/docs/pi-bleeding-pain-early-pregnancy-mar20',
      'https://saferpregnancy.org.uk/questions-and-advice-in-pregnancy/bleeding-vagina-pregnancy',
      'https://nhsforthvalley.com/?p=3805083',
      'https://www.somersetft.nhs.uk/maternity-new/?p=73',
      'https://www.mamaacademy.org.uk/pregnancy-birth/call-the-midwife/',
    ],
  },
  {
    id: 'R93',
    title: 'Labour before 37 weeks',
    urls: [
      'https://www.tommys.org/pregnancy-information/premature-birth/risk-premature-birth/signs-and-symptoms-of-premature-labour',
      'https://www.justonenorfolk.nhs.uk/pregnancy-early-days/your-pregnancy-journey/pre-term-birth/',
      'https://www.kickscount.org.uk/signs-of-premature-labour',
    ],
  },
  {
    id: 'R94',
    title: 'Baby movements',
    urls: [
      'https://www.leedsccg.nhs.uk/health/campaigns/your-nhs-is-still-here-for-you-when-you-need-us/when-to-seek-emergency-care-information-for-pregnant-women-and-parents/',
      'https://www.tamesideandglossopicft.nhs.uk/news-and-events/latest-news/dont-wait-get-help-if-your-babys-movements-slow-down-midwives-urge',
      'https://demo.what0-18.nhs.uk/pregnant-women/concerns-during-pregnancy/reduced-baby-movements-after-24th-week-pregnancy',
    ],
  },
  {
    id: 'R95',
    title: 'NHS Back pain in pregnancy text (secondary reproduction, lower reliability)',
    urls: ['https://parentcastle.com/lower-back-pain-a-sign-of-pregnancy/'],
    lowerReliability: true,
  },
  {
    id: 'R96',
    title: 'Pelvic girdle pain in pregnancy',
    urls: [
      'https://elht.nhs.uk/services/physiotherapy-pelvic-obstetric-and-gynaecological/physiotherapy-pelvic-obstetric-and-gynaecological-4',
      'https://cuh.nhs.uk/patient-information/pelvic-girdle-pain-pgp-in-pregnancy',
      'https://www.kentandmedwaylms.nhs.uk/pelvic-girdle-and-low-back-pain',
      'https://www.tommys.org/pregnancy-information/pregnancy-complications/symphysis-pubis-dysfunction-spd-or-pelvic-girdle-pain',
    ],
  },
  {
    id: 'R97',
    title: 'Period pain and period problems',
    urls: [
      'http://outuk.co.uk/content/general/gay-health/subindex.php?f=O&h=Orthodontics&s=conditions&t=/conditions/period-pain/',
      'https://nidirect.gov.uk/conditions/period-problems',
      'https://www.wellaware.org.uk/period-problems/',
      'https://www.zana.com/a/periods-painful-gp.6311',
    ],
  },
  {
    id: 'R98',
    title: 'Pelvic inflammatory disease',
    urls: [
      'https://drpharmacy.uk/health-detail/?topic=pelvic-inflammatory-disease-pid',
      'http://www.swindonsexualhealth.nhs.uk/sti/other/pid/',
    ],
  },
  {
    id: 'R99',
    title: 'Paracetamol overdose, NHS patient information',
    urls: [
      'http://www.nhs.uk/Conditions/Painkillers-paracetamol/Pages/Missed-or-extra-doses.aspx',
      'https://www.nth.nhs.uk/resources/paracetamol-safety-for-adults/',
      'https://wstale.com/lifestyle/how-many-paracetamol-are-dangerous-the-sun',
    ],
  },
  {
    id: 'R99b',
    title: 'Paracetamol poisoning, clinical sources',
    urls: [
      'https://docslib.org/doc/5604649/clinical-review-management-of-paracetamol-poisoning',
      'https://download.skyscape.com/download/ota/lonestar/30A00C60-1F25-4C5D-97F2-BC1C9F65A5DD/acutemed.ed5/content/HTML/b/tl5.htm',
      'https://bibliotheek.ehb.be:2400/topics/en-gb/337/criteria',
      'http://lowrelop.blogg.se/2023/september/paracetamol-poisoning-antidote-dose.html',
    ],
    lowerReliability: true,
  },
  {
    id: 'R100',
    title: 'Rhabdomyolysis',
    urls: [
      'https://www.cdc.gov/niosh/topics/rhabdo/default.html',
      'https://www.cdc.gov/niosh/topics/heatstress/heatrelillness.html',
      'http://fittowork.net/index.php/heat/182-rhabdomyolysis',
      'https://www.medicinenet.com/rhabdomyolysis_symptoms_and_signs/symptoms.htm',
      'https://kramesonlinedemo.kramesonline.com/82,116476en',
    ],
  },
  {
    id: 'R100b',
    title: 'NHS statin serious side effects (news copies of NHS medicine pages, lower reliability)',
    urls: [
      'https://www.newsbeep.com/uk/?p=321961',
      'http://feed.ilidea.com/index.php/Index/details.html?id=13012655',
    ],
    lowerReliability: true,
  },
  {
    id: 'R101',
    title: 'Critical and acute limb ischaemia',
    urls: [
      'http://www.nhs.uk/Conditions/peripheralarterialdisease/Pages/Complications.aspx',
      'http://www.nhs.uk/Conditions/peripheralarterialdisease/Pages/Symptoms.aspx',
      'https://www.pulsetoday.co.uk/clinical-feature/clinical-crises/leg/',
      'https://ablesci.com/scholar/paper?id=3DyQBvK2E',
    ],
  },
  {
    id: 'R102',
    title: 'Kidney infection with vomiting',
    urls: [
      'https://nhs.uk/conditions/kidney-infection/treatment',
      'https://www.nice.org.uk/guidance/ng111/chapter/Recommendations',
      'https://nursing-notebook.com/en-us/simplepage.cfm?ID=282066970&linkID=28479',
      'https://gpnotebook.com/en-IE/pages/infectious-disease/management/antibiotics-for-non-pregnant-women-and-men-aged-16-years-and-over',
    ],
  },
  {
    id: 'R103',
    title: 'Acute urinary retention',
    urls: [
      'http://www.nhs.uk/conditions/prostate-enlargement/Pages/Complications.aspx',
      'https://www.gponline.com/urinary-retention-red-flag-symptoms/genito-urinary-system/article/1016966',
      'https://patient.info/mens-health/prostate-and-urethra-problems/urinary-retention',
      'https://britishjournalofnursing.com/content/urinary-retention/acute-urinary-retention-patient-investigations-and-treatments',
      'https://anglianurology.com/?p=1239',
    ],
  },
  {
    id: 'R104',
    title: '"Both legs" threshold (new or worsening vs stable)',
    urls: [
      'https://www.windsorhousegrouppractice.co.uk/conditions/sciatica/',
      'https://barabone.blog/2019/10/02/sciatica/',
      'https://info.5y1.org/icd-10-canal-stenosis-at-l1_1_eee41b.html',
      'https://hnyppr.org.uk/en-US/web/york/w/back-pain-cauda-equina-syndrome-pathway',
    ],
  },
];

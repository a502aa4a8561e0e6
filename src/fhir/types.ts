/**
 * The few FHIR R4 data types and resources this export writes, typed by hand rather than pulling in a
 * full type package: the export is checked against the official R4 JSON schema in tests, which
 * catches anything these narrow types would miss.
 */

export interface Extension {
  readonly url: string;
  readonly valueCode?: string;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly valueCoding?: Coding;
  readonly valueString?: string;
}

export interface Coding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
  readonly extension?: readonly Extension[];
}

export interface CodeableConcept {
  readonly coding?: readonly Coding[];
  readonly text?: string;
}

export interface Reference {
  readonly reference: string;
  readonly display?: string;
}

export interface Annotation {
  readonly text: string;
}

export interface Resource {
  readonly resourceType: string;
  readonly id: string;
}

export interface QuestionnaireItem {
  readonly linkId: string;
  readonly text?: string;
  readonly type: 'group' | 'boolean' | 'integer' | 'decimal' | 'choice' | 'display';
  readonly code?: readonly Coding[];
  readonly required?: boolean;
  readonly repeats?: boolean;
  readonly answerOption?: readonly { readonly valueCoding: Coding }[];
  readonly extension?: readonly Extension[];
  readonly item?: readonly QuestionnaireItem[];
}

export interface Questionnaire extends Resource {
  readonly resourceType: 'Questionnaire';
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'draft' | 'active' | 'retired' | 'unknown';
  readonly subjectType: readonly string[];
  readonly description: string;
  readonly item: readonly QuestionnaireItem[];
}

export interface Answer {
  readonly valueBoolean?: boolean;
  readonly valueInteger?: number;
  readonly valueDecimal?: number;
  readonly valueCoding?: Coding;
}

export interface ResponseItem {
  readonly linkId: string;
  readonly text?: string;
  readonly answer?: readonly Answer[];
  readonly item?: readonly ResponseItem[];
}

export interface QuestionnaireResponse extends Resource {
  readonly resourceType: 'QuestionnaireResponse';
  readonly questionnaire: string;
  readonly status: 'completed' | 'in-progress';
  readonly subject: Reference;
  readonly authored: string;
  readonly author: Reference;
  readonly source: Reference;
  readonly item: readonly ResponseItem[];
}

export interface Observation extends Resource {
  readonly resourceType: 'Observation';
  readonly status: 'final';
  readonly category: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly effectiveDateTime?: string;
  readonly valueInteger?: number;
  readonly valueBoolean?: boolean;
  readonly note?: readonly Annotation[];
}

export interface Condition extends Resource {
  readonly resourceType: 'Condition';
  readonly clinicalStatus?: CodeableConcept;
  readonly verificationStatus: CodeableConcept;
  readonly category?: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly recordedDate?: string;
  readonly evidence?: readonly {
    readonly code?: readonly CodeableConcept[];
    readonly detail?: readonly Reference[];
  }[];
  readonly note?: readonly Annotation[];
}

export interface RiskAssessment extends Resource {
  readonly resourceType: 'RiskAssessment';
  readonly status: 'final';
  readonly code: CodeableConcept;
  readonly method: CodeableConcept;
  readonly subject: Reference;
  readonly occurrenceDateTime: string;
  readonly basis: readonly Reference[];
  readonly prediction: readonly {
    readonly outcome: CodeableConcept;
    readonly probabilityDecimal?: number;
    readonly rationale?: string;
  }[];
  readonly mitigation?: string;
  readonly note: readonly Annotation[];
}

export interface MedicationStatement extends Resource {
  readonly resourceType: 'MedicationStatement';
  readonly status: 'active';
  readonly medicationCodeableConcept: CodeableConcept;
  readonly subject: Reference;
  readonly informationSource: Reference;
  readonly note?: readonly Annotation[];
}

export interface Patient extends Resource {
  readonly resourceType: 'Patient';
  readonly gender?: 'female' | 'male';
}

export interface CodeSystem extends Resource {
  readonly resourceType: 'CodeSystem';
  readonly url: string;
  readonly version: string;
  readonly name: string;
  readonly title: string;
  readonly status: 'active';
  readonly content: 'complete';
  readonly caseSensitive: true;
  readonly concept: readonly {
    readonly code: string;
    readonly display: string;
    readonly definition?: string;
  }[];
}

export interface BundleEntry {
  readonly fullUrl: string;
  readonly resource: Resource;
}

export interface Bundle {
  readonly resourceType: 'Bundle';
  readonly id: string;
  readonly type: 'collection';
  readonly timestamp?: string;
  readonly entry: readonly BundleEntry[];
}

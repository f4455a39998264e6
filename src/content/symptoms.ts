import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { Symptom } from '../schemas/symptom';
import { getErrorCodes, type ErrorCode } from './codes';

/** A symptom with the codes whose registry entry names it (derived, never listed by hand), ascending. */
export interface SymptomWithCodes extends Symptom {
  codes: ErrorCode[];
}

export async function getSymptoms(locale: Locale): Promise<SymptomWithCodes[]> {
  const [symptoms, codes] = await Promise.all([getCollection('symptoms'), getErrorCodes(locale)]);
  return symptoms
    .map(({ data }) => {
      const ofSymptom = codes.filter((entry) => entry.symptoms.includes(data.id));
      if (ofSymptom.length === 0) throw new Error(`content/symptoms.yaml: no entry of content/registry.yaml lists symptom "${data.id}"`);
      return { ...data, codes: ofSymptom };
    })
    .sort((a, b) => a.order - b.order);
}

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { locales } from './i18n/locales';
import { readYamlList, parseYamlList, yamlListLoader } from './content/yaml-list';
import { categorySchema } from './schemas/category';
import { guideSchema } from './schemas/guide';
import { proseSchema } from './schemas/prose';
import { registryEntrySchema } from './schemas/registry';
import { sdkProofSchema } from './schemas/sdk-proofs';
import { symptomSchema } from './schemas/symptom';
import { checkProseAgreement, checkRegistry, type ProseFile } from './content/registry-checks';
import { checkSdkProofs } from './sdk/sdk-proofs';
import * as sdkHistory from './sdk/sdk-history';

const CATEGORIES_FILE = 'content/categories.yaml';
const REGISTRY_FILE = 'content/registry.yaml';
const PROSE_DIR = 'content/codes';
const PROOFS_FILE = 'content/sdk-proofs.yaml';
const SYMPTOMS_FILE = 'content/symptoms.yaml';

// The registry's category field is an enum of the ids in categories.yaml, so a typo fails with the list of valid ids.
const categoryLabel = (data: Record<string, unknown>) => `category ${JSON.stringify(data.id)}`;
const categories = parseYamlList(CATEGORIES_FILE, readYamlList(CATEGORIES_FILE), categorySchema, categoryLabel);
const [firstCategory, ...otherCategories] = categories.map((category) => category.id);
if (firstCategory === undefined) throw new Error(`${CATEGORIES_FILE}: needs at least one category`);
// Likewise its symptoms field is an enum of the ids in symptoms.yaml.
const symptomLabel = (data: Record<string, unknown>) => `symptom ${JSON.stringify(data.id)}`;
const symptoms = parseYamlList(SYMPTOMS_FILE, readYamlList(SYMPTOMS_FILE), symptomSchema, symptomLabel);
const [firstSymptom, ...otherSymptoms] = symptoms.map((symptom) => symptom.id);
if (firstSymptom === undefined) throw new Error(`${SYMPTOMS_FILE}: needs at least one symptom`);
const registrySchema = registryEntrySchema([firstCategory, ...otherCategories], [firstSymptom, ...otherSymptoms]);

function listProseFiles(root: string): ProseFile[] {
  const dir = path.resolve(root, PROSE_DIR);
  return readdirSync(dir, { withFileTypes: true }).flatMap((localeDir) =>
    localeDir.isDirectory()
      ? readdirSync(path.join(dir, localeDir.name)).map((fileName) => ({ locale: localeDir.name, fileName }))
      : [],
  );
}

export const collections = {
  categories: defineCollection({
    loader: yamlListLoader({
      file: CATEGORIES_FILE,
      schema: categorySchema,
      id: (category) => category.id,
      label: categoryLabel,
      check: (entries, items) => {
        const seen = new Set<string>();
        return entries.flatMap((category, index) => {
          if (!seen.has(category.id)) {
            seen.add(category.id);
            return [];
          }
          return [{ file: CATEGORIES_FILE, line: items[index]?.lineOf(['id']), entry: `category "${category.id}"`, field: 'id', message: `duplicate category id "${category.id}"` }];
        });
      },
    }),
    schema: categorySchema,
  }),
  symptoms: defineCollection({
    loader: yamlListLoader({
      file: SYMPTOMS_FILE,
      schema: symptomSchema,
      id: (symptom) => symptom.id,
      label: symptomLabel,
      check: (entries, items) => {
        const seen = new Set<string>();
        return entries.flatMap((symptom, index) => {
          if (!seen.has(symptom.id)) {
            seen.add(symptom.id);
            return [];
          }
          return [{ file: SYMPTOMS_FILE, line: items[index]?.lineOf(['id']), entry: `symptom "${symptom.id}"`, field: 'id', message: `duplicate symptom id "${symptom.id}"` }];
        });
      },
    }),
    schema: symptomSchema,
  }),
  registry: defineCollection({
    loader: yamlListLoader({
      file: REGISTRY_FILE,
      schema: registrySchema,
      id: (entry) => String(entry.code),
      label: (data) => `code ${JSON.stringify(data.code)}`,
      check: (entries, items, root) => [
        ...checkRegistry(REGISTRY_FILE, entries, (index, field) => items[index]?.lineOf(field), sdkHistory),
        ...checkProseAgreement(
          PROSE_DIR,
          REGISTRY_FILE,
          entries.map((entry) => entry.code),
          listProseFiles(root),
          locales,
        ),
      ],
    }),
    schema: registrySchema,
  }),
  sdkProofs: defineCollection({
    loader: yamlListLoader({
      file: PROOFS_FILE,
      schema: sdkProofSchema,
      id: (proof) => proof.id,
      label: (data) => `proof ${JSON.stringify(data.id)}`,
      check: (proofs, items) => checkSdkProofs(PROOFS_FILE, proofs, (index, field) => items[index]?.lineOf(field)),
    }),
    schema: sdkProofSchema,
  }),
  guide: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/guide', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: guideSchema,
  }),
  prose: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: `./${PROSE_DIR}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: proseSchema,
  }),
};

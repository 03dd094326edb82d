import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export is the function under ESM's interop.
const addFormats = addFormatsModule as unknown as (ajv: Ajv | Ajv2020) => void;

const schema = (file: string): object => JSON.parse(readFileSync(`test/schemas/${file}`, 'utf8')) as object;

/** A validator that returns ajv's errors as readable lines, none when the document is valid. */
export type Validate = (document: unknown) => string[];

function validator(ajv: Ajv | Ajv2020, file: string): Validate {
  addFormats(ajv);
  const validate = ajv.compile(schema(file));
  return (document) => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`));
}

/** The official SARIF 2.1.0 schema (draft 2020-12), vendored in test/schemas with its licence; not written for ajv's strict mode (it requires a property only one branch of an anyOf defines). */
export const validateSarif: Validate = validator(new Ajv2020({ allErrors: true, strict: false }), 'sarif-schema-2.1.0.json');

/** reviewdog's rdjson, as test/schemas/rdjson.schema.json writes it from reviewdog's proto. */
export const validateRdjson: Validate = validator(new Ajv({ allErrors: true, strict: true }), 'rdjson.schema.json');

/** pre-commit's hook manifest, as test/schemas/pre-commit-hooks.schema.json writes it from pre-commit's documentation. */
export const validatePreCommitManifest: Validate = validator(new Ajv({ allErrors: true, strict: true }), 'pre-commit-hooks.schema.json');

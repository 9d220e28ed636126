/**
 * Workshops stored or exported before schema version 2 had one questionnaire
 * (`instrumentId`, `instrumentVersion`) and results `{ fingerprint, answers, name? }`. Version 2
 * has a list of questionnaires and results with one part per questionnaire, and no names: a name
 * a participant once typed is dropped here, by construction (docs/privacy.md). Unknown shapes are
 * passed on untouched, for the schema to refuse.
 */
export function workshopFromVersion1(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const { instrumentId, instrumentVersion, results, ...rest } = raw;
  if (typeof instrumentId !== 'string') return raw;
  return {
    ...rest,
    questionnaires: [{ instrumentId, instrumentVersion }],
    results: Array.isArray(results)
      ? results.map((result: unknown) =>
          isRecord(result) ? { fingerprint: result.fingerprint, parts: { [instrumentId]: { answers: result.answers, marks: [] } } } : result,
        )
      : results,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

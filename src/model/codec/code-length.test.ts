import QRCode from 'qrcode';
import type { Instrument } from '../instruments/types';
import doc from '../../../docs/result-code.md?raw';
import { writePayload } from './payload';
import { toQrPayload, toTextCode, type ResultToEncode } from './result-code';
import { fixtureInstrument, WORKSHOP } from './test-instruments';

/**
 * The code length table of docs/result-code.md, computed: bits, blocks, characters and the QR
 * version at level M for the questionnaires the app has or plans. If the format changes, this
 * test prints the new table; copy it into the document.
 */
const SELF_CHECK = fixtureInstrument('self-check', 1, 16, false);
const SELF_CHECK_NA = fixtureInstrument('self-check', 2, 16, true);
const CLIMATE = fixtureInstrument('team-climate', 1, 24, true);
const CLIENT = fixtureInstrument('client-check', 1, 10, true);

const CONTENTS: readonly (readonly [string, readonly Instrument[]])[] = [
  ['self-check, 16 statements, no "does not apply" (version 1)', [SELF_CHECK]],
  ['self-check, 16 statements, with "does not apply" (version 2)', [SELF_CHECK_NA]],
  ['team climate, 24 statements, with "does not apply"', [CLIMATE]],
  ['client form, 10 statements, with "does not apply"', [CLIENT]],
  ['self-check (version 1) + team climate in one code', [SELF_CHECK, CLIMATE]],
];
const VARIANTS = [
  ['', false, false],
  ['marks', true, false],
  ['replaces', false, true],
  ['marks, replaces', true, true],
] as const;

function renderTable(): string {
  const rows = [
    '| content | extras | payload bits | blocks | characters (QR) | characters (text) | QR version |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [content, instruments] of CONTENTS) {
    for (const [extras, marks, replaces] of VARIANTS) {
      const result: ResultToEncode = {
        workshopCode: WORKSHOP,
        nonce: 0xfffff,
        ...(replaces ? { replaces: 0 } : {}),
        // Answers do not change the length: every answer set has the same width.
        questionnaires: instruments.map((instrument) => ({
          instrument,
          answers: {},
          ...(marks ? { marks: [instrument.items[0]?.id ?? ''] } : {}),
        })),
      };
      const bits = writePayload(result).length;
      const compact = toQrPayload(result);
      const blocks = (compact.length - 3) / 5;
      const version = QRCode.create(compact, { errorCorrectionLevel: 'M' }).version;
      rows.push(`| ${content} | ${extras || '–'} | ${bits} | ${blocks} | ${compact.length} | ${toTextCode(result).length} | ${version}-M |`);
    }
  }
  return rows.join('\n');
}

describe('the code length table in docs/result-code.md', () => {
  it('matches the lengths the encoder makes', () => {
    const table = renderTable();
    if (!doc.includes(table)) console.log(table);
    expect(doc).toContain(table);
  });
});

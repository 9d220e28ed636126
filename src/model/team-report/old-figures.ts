/**
 * Figures of a team report file from before version 4, held against the disclosure rule when the
 * file is read (decision 71). Those files did not say how many people were behind a spoke or a
 * share, so the rule is applied to what they do say, and where a file cannot show that a figure
 * rests on enough people it is shown withheld: the app never repeats a figure it would not write.
 */
import type { Mode } from '../instruments/types';
import { MIN_PART_PEOPLE } from '../team/disclosure';
import type { AnswerSplit, ReportRadarEntry, SplitPart } from './types';

/** A split as files of versions 1–3 held it: three shares adding up to 100, parts of one person named. */
export interface OldSplit {
  readonly disagree: number;
  readonly neither: number;
  readonly agree: number;
  readonly unlabelled: readonly SplitPart[];
}

const WITHHELD: AnswerSplit = { disagree: null, neither: null, agree: null };

/**
 * Could a share of `percent` be one or two people, for any number of answers from the minimum up
 * to the count of results? The file rounded to whole percents by largest remainder, which moves a
 * share by less than one point.
 */
function couldBeFew(percent: number, minRespondents: number, count: number): boolean {
  if (percent === 0) return false;
  for (let n = Math.max(1, minRespondents); n <= Math.max(minRespondents, count); n++) {
    for (let people = 1; people < MIN_PART_PEOPLE; people++) if (Math.abs((people * 100) / n - percent) < 1) return true;
  }
  return false;
}

/**
 * An old file's split: shown whole when no part can be one or two people, else withheld whole. A
 * part named as one person ("Oneens: één persoon") is withheld, and so are the others, since
 * 38 % + 50 % gives the missing 12 %. Without the counts the app cannot choose a safe part to
 * show, so it shows none.
 */
export function splitFromOldFile(split: OldSplit, minRespondents: number, count: number): AnswerSplit {
  const parts = [split.disagree, split.neither, split.agree];
  if (split.unlabelled.length > 0 || parts.some((p) => couldBeFew(p, minRespondents, count))) return WITHHELD;
  return { disagree: split.disagree, neither: split.neither, agree: split.agree };
}

/**
 * An old file's spoke. `mean` null (version 3: nobody answered) or `sd` null (version 3: fewer
 * than two people) is withheld; so is a spoke that an older version could only have written from
 * one person: version 2 wrote an SD of one person as 0, version 1 held the lowest and highest
 * spoke, equal for one person (`onePersonPossible`). A spoke of two or more people below the
 * minimum cannot be recognised in these files (docs/privacy.md says so).
 */
export function radarEntryFromOldFile(mode: Mode, mean: number | null, sd: number | null, onePersonPossible: boolean): ReportRadarEntry {
  if (mean === null || onePersonPossible) return { mode, status: 'withheld' };
  return { mode, status: 'shown', mean, sd };
}

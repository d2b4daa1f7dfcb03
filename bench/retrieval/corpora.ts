/**
 * The retrieval corpora of the benchmark, each as queries, documents and the relevant document of each query.
 * - NorQuAD validation (../shared/data/public/norquad, CC0): a question is asked of every passage; the relevant one
 *   is the passage it was written on. Passages are deduplicated by text; questions are numbered in file order
 *   (question ids repeat in the file).
 * - Held-out references (generated bench data, English): a profile with at least three references loses its last
 *   one, which becomes the query; the relevant document is the profile that wrote it (expertise ranking).
 */
import { readFileSync } from 'node:fs';
import {
  detectLanguage,
  Problem,
  ProblemNeed,
  ProblemOrganization,
  ProblemProfile,
} from '@brobygger/engine';
import { generateProblem } from '../matching/generator';

export interface RetrievalCorpus {
  name: string;
  problem: Problem;
  /** The relevant profile index of each need. */
  gold: number[];
}

interface SquadFile {
  data: Array<{ paragraphs: Array<{ context: string; qas: Array<{ question: string }> }> }>;
}

const MUNICIPALITY: ProblemOrganization = { id: 'o-municipality', kind: 'MUNICIPALITY' };
const GROUP: ProblemOrganization = { id: 'o-group', kind: 'RESEARCH_GROUP' };

/** The first line of a passage is its title when it is short (news and Wikipedia headings). */
function passageProfile(id: string, context: string): ProblemProfile {
  const newline = context.indexOf('\n');
  const head = newline > 0 ? context.slice(0, newline) : '';
  const [title, description] =
    head.length > 0 && head.length <= 200 ? [head, context.slice(newline + 1)] : ['', context];
  return { id, organizationId: GROUP.id, title, description, capacity: 1 };
}

export function norquadCorpus(path: string): RetrievalCorpus {
  const file = JSON.parse(readFileSync(path, 'utf8')) as SquadFile;
  const passageIndex = new Map<string, number>();
  const profiles: ProblemProfile[] = [];
  const needs: ProblemNeed[] = [];
  const gold: number[] = [];
  for (const entry of file.data) {
    for (const paragraph of entry.paragraphs) {
      let p = passageIndex.get(paragraph.context);
      if (p === undefined) {
        p = profiles.length;
        passageIndex.set(paragraph.context, p);
        profiles.push(passageProfile(`passage-${p + 1}`, paragraph.context));
      }
      for (const qa of paragraph.qas) {
        needs.push({
          id: `question-${needs.length + 1}`,
          organizationId: MUNICIPALITY.id,
          title: qa.question,
        });
        gold.push(p);
      }
    }
  }
  return {
    name: 'NorQuAD validation (question → passage)',
    problem: {
      format: 'brobygger.problem/v1',
      organizations: [MUNICIPALITY, GROUP],
      needs,
      profiles,
    },
    gold,
  };
}

/** English profiles of the generated Norway-scale bench data, each with its last reference held out as a query. */
export function heldOutReferenceCorpus(seed = 1): RetrievalCorpus {
  const { problem } = generateProblem({ scale: 'norway', seed });
  const profiles: ProblemProfile[] = [...problem.profiles];
  const needs: ProblemNeed[] = [];
  const gold: number[] = [];
  profiles.forEach((p, j) => {
    const refs = p.references ?? [];
    const language = p.language ?? detectLanguage(`${p.title}\n${p.description ?? ''}`);
    if (refs.length < 3 || language !== 'en') return;
    const held = refs[refs.length - 1];
    profiles[j] = { ...p, references: refs.slice(0, -1) };
    needs.push({
      id: `reference-${needs.length + 1}`,
      organizationId: MUNICIPALITY.id,
      title: held.title,
      description: held.abstract,
    });
    gold.push(j);
  });
  return {
    name: 'held-out references, English (generated bench data)',
    problem: {
      format: 'brobygger.problem/v1',
      organizations: [...problem.organizations, MUNICIPALITY],
      needs,
      profiles,
    },
    gold,
  };
}

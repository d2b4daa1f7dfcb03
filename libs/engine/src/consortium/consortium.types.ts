import { ProjectType, ProposalComponents } from '../exchange/types';

/** A candidate consortium: needs and research-group profiles (indices into problem.needs / problem.profiles). */
export interface Candidate {
  /** `TYPE|needIndices|profileIndices`: unique and stable. */
  key: string;
  projectType: ProjectType;
  /** Need indices, ascending. */
  needs: number[];
  /** Profile indices, ascending. */
  profiles: number[];
  score: number;
  components: ProposalComponents;
  /** Objective coefficient: score × number of needs (see objectiveWeight). */
  weight: number;
  leadOrganizationId: string;
}

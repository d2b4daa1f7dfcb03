import { Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';

interface Titled {
  id: string;
  title: string;
}

/** What a member brings to a proposal or consortium: its need or its profile, linked to its page. */
export function MemberContribution({
  knowledgeNeed,
  competenceProfile,
}: {
  knowledgeNeed?: Titled | null;
  competenceProfile?: Titled | null;
}) {
  return (
    <>
      {knowledgeNeed && (
        <Paragraph data-size="sm">
          <Link to={`/behov/${knowledgeNeed.id}`}>{knowledgeNeed.title}</Link>
        </Paragraph>
      )}
      {competenceProfile && (
        <Paragraph data-size="sm">
          <Link to={`/profiler/${competenceProfile.id}`}>{competenceProfile.title}</Link>
        </Paragraph>
      )}
    </>
  );
}

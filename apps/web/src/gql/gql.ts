/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Arenas {\n    mobilizationArenas { id name counties { number name } }\n  }\n": typeof types.ArenasDocument,
    "\n  query ArenaOverview($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name description counties { number name } }\n    openNeeds: knowledgeNeeds(first: 1, filter: { arenaId: $arenaId, statuses: [OPEN] }) { totalCount }\n    activeProfiles: competenceProfiles(first: 1, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) { totalCount }\n    waiting: consortiumProposals(first: 5, filter: { arenaId: $arenaId, status: PROPOSED }) {\n      totalCount\n      edges { node { id projectType score leadOrganization { name } members { id role } } }\n    }\n    accepted: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: ACCEPTED }) { totalCount }\n    rejected: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: REJECTED }) { totalCount }\n    matchRuns(first: 5, filter: { arenaId: $arenaId }) {\n      edges { node { id status phase progress createdAt counts { proposals unmatchedNeeds } } }\n    }\n  }\n": typeof types.ArenaOverviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Consortium($id: ID!, $locale: String!) {\n    consortium(id: $id) {\n      id arenaId proposalId projectType status version rulesHold needsAttention attentionReason createdAt\n      leadOrganization { id name }\n      members {\n        id role response responseReason invitedAt respondedAt organizationId\n        committedPersonMonths contactPersonName contactPersonFreed\n        organization { id name kind }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n      ruleChecks(locale: $locale) { rule outcome message accepted acceptedReason }\n      statusHistory { fromStatus toStatus changedAt reason }\n      replacements {\n        id status explanation score declinedMemberId\n        organization { id name }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n    }\n  }\n": typeof types.ConsortiumDocument,
    "\n  query Consortia($filter: ConsortiumFilter, $first: Int!, $after: String) {\n    consortia(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id projectType status needsAttention createdAt\n          leadOrganization { id name }\n          members { id response }\n        }\n      }\n    }\n  }\n": typeof types.ConsortiaDocument,
    "\n  mutation ChangeConsortiumStatus($input: ChangeConsortiumStatusInput!) {\n    changeConsortiumStatus(input: $input) { id status version }\n  }\n": typeof types.ChangeConsortiumStatusDocument,
    "\n  mutation RespondToConsortiumInvitation($id: ID!, $accept: Boolean!, $reason: String, $commitment: ConsortiumCommitmentInput) {\n    respondToConsortiumInvitation(id: $id, accept: $accept, reason: $reason, commitment: $commitment) {\n      member { id response }\n      replacement { id status }\n    }\n  }\n": typeof types.RespondToConsortiumInvitationDocument,
    "\n  mutation AcceptConsortiumReplacement($input: AcceptConsortiumReplacementInput!) {\n    acceptConsortiumReplacement(input: $input) { id response }\n  }\n": typeof types.AcceptConsortiumReplacementDocument,
    "\n  mutation AcceptProgrammeRuleWarning($input: AcceptProgrammeRuleWarningInput!) {\n    acceptProgrammeRuleWarning(input: $input) { id rulesHold }\n  }\n": typeof types.AcceptProgrammeRuleWarningDocument,
    "\n  query ProgrammeIndicators($filter: ProgrammeIndicatorFilter) {\n    programmeIndicators(filter: $filter, interval: MONTH) {\n      from to\n      total {\n        municipalities { inScope mobilized share }\n        needs { registered open inProposal inFormingOrConfirmedConsortium }\n        research { groupsInvolved institutionsInvolved }\n        proposals { made accepted rejected }\n        consortia { byStatus { key count } }\n        times { toFirstProposal { count medianDays } toConfirmedConsortium { count medianDays } }\n        coverage { openNeeds covered share }\n      }\n      periods {\n        start\n        municipalities { mobilized }\n        needs { registered open }\n        proposals { made accepted }\n      }\n    }\n  }\n": typeof types.ProgrammeIndicatorsDocument,
    "\n  mutation CreateExportLink($input: CreateExportLinkInput!) {\n    createExportLink(input: $input) { url expiresAt }\n  }\n": typeof types.CreateExportLinkDocument,
    "\n  query RunChoices($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name }\n    knowledgeNeeds(first: 100, filter: { arenaId: $arenaId, statuses: [OPEN] }) {\n      edges { node { id title organization { name } } }\n    }\n    competenceProfiles(first: 100, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) {\n      edges { node { id title organization { name } } }\n    }\n  }\n": typeof types.RunChoicesDocument,
    "\n  mutation StartMatchRun($input: StartMatchRunInput!) {\n    startMatchRun(input: $input) { id status }\n  }\n": typeof types.StartMatchRunDocument,
    "\n  query MatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id arenaId status phase progress error optimalityGap createdAt\n      counts { needs profiles proposals unmatchedNeeds }\n      proposals {\n        id projectType score status\n        leadOrganization { name }\n        members { id role organization { name } }\n      }\n      unmatchedNeeds { knowledgeNeedId reason knowledgeNeed { id title organization { name } } }\n    }\n  }\n": typeof types.MatchRunDocument,
    "\n  subscription MatchRunUpdated($id: ID!) {\n    matchRunUpdated(id: $id) { id status phase progress error }\n  }\n": typeof types.MatchRunUpdatedDocument,
    "\n  mutation CancelMatchRun($id: ID!) {\n    cancelMatchRun(id: $id) { id status }\n  }\n": typeof types.CancelMatchRunDocument,
    "\n  query NeedsList($filter: KnowledgeNeedFilter, $first: Int!, $after: String) {\n    knowledgeNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes projectType updatedAt\n          organization { id name county { name } }\n        }\n      }\n    }\n  }\n": typeof types.NeedsListDocument,
    "\n  query Need($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id title description status themes projectType language version updatedAt\n      committedPersonMonths committedContactFreed organizationId\n      organization { id name county { name } municipality { name population } }\n      contacts { id hidden name email phone role }\n    }\n  }\n": typeof types.NeedDocument,
    "\n  query RecommendedProfiles($needId: ID!) {\n    recommendedCompetenceProfiles(needId: $needId, first: 5) {\n      score sharedTerms\n      competenceProfile { id title organization { name researchInstitution { name } } }\n    }\n  }\n": typeof types.RecommendedProfilesDocument,
    "\n  query Counties {\n    counties { number name }\n  }\n": typeof types.CountiesDocument,
    "\n  mutation CreateNeed($input: CreateKnowledgeNeedInput!) {\n    createKnowledgeNeed(input: $input) { id version status }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateKnowledgeNeedInput!) {\n    updateKnowledgeNeed(input: $input) { id version status title description themes projectType language }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  mutation WithdrawNeed($id: ID!, $version: Int) {\n    withdrawKnowledgeNeed(id: $id, version: $version) { id version status }\n  }\n": typeof types.WithdrawNeedDocument,
    "\n  query MyOrganization($id: ID!) {\n    organization(id: $id) { id name kind }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { marked unreadCount }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { marked unreadCount }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings { language preferences { kind delivery } }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { language preferences { kind delivery } }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query NeedInterests($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id\n      interests {\n        id note createdAt organizationId\n        organization { id name }\n        competenceProfile { id title }\n      }\n    }\n  }\n": typeof types.NeedInterestsDocument,
    "\n  query MyGroupProfiles($organizationId: ID!) {\n    competenceProfiles(filter: { organizationId: $organizationId }, first: 50) {\n      edges { node { id title } }\n    }\n  }\n": typeof types.MyGroupProfilesDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterestInNeed(input: $input) { id note }\n  }\n": typeof types.ExpressInterestDocument,
    "\n  mutation WithdrawInterest($id: ID!) {\n    withdrawInterestInNeed(id: $id) { id }\n  }\n": typeof types.WithdrawInterestDocument,
    "\n  query SimilarNeeds($needId: ID!) {\n    similarKnowledgeNeeds(needId: $needId, first: 5) {\n      similarity sharedTerms\n      need { id title organization { id name } }\n    }\n  }\n": typeof types.SimilarNeedsDocument,
    "\n  query ArenaExclusions($arenaId: ID!) {\n    conflictExclusions(arenaId: $arenaId) {\n      id reason createdAt\n      organizationA { id name }\n      organizationB { id name }\n    }\n  }\n": typeof types.ArenaExclusionsDocument,
    "\n  query ArenaOrganizations($arenaId: ID, $kinds: [OrganizationKind!], $text: String) {\n    organizations(filter: { arenaId: $arenaId, kinds: $kinds, text: $text }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n": typeof types.ArenaOrganizationsDocument,
    "\n  mutation CreateExclusion($input: CreateConflictExclusionInput!) {\n    createConflictExclusion(input: $input) { id }\n  }\n": typeof types.CreateExclusionDocument,
    "\n  mutation DeleteExclusion($id: ID!) {\n    deleteConflictExclusion(id: $id) { id }\n  }\n": typeof types.DeleteExclusionDocument,
    "\n  query ArenaNames {\n    mobilizationArenas { id name }\n  }\n": typeof types.ArenaNamesDocument,
    "\n  query ProfilesList($filter: CompetenceProfileFilter, $first: Int!, $after: String) {\n    competenceProfiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes keywords capacity\n          organization { id name researchInstitution { name } }\n        }\n      }\n    }\n  }\n": typeof types.ProfilesListDocument,
    "\n  query Profile($id: ID!) {\n    competenceProfile(id: $id) {\n      id title description status themes keywords methods capacity internationalPartners\n      counties { number name }\n      organization { id name researchInstitution { name } }\n      references { id kind title year }\n      contacts { id hidden name email role }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  query RecommendedNeeds($profileId: ID!) {\n    recommendedKnowledgeNeeds(profileId: $profileId, first: 10) {\n      score sharedTerms\n      knowledgeNeed { id title organization { name } }\n    }\n  }\n": typeof types.RecommendedNeedsDocument,
    "\n  query Proposal($id: ID!) {\n    consortiumProposal(id: $id) {\n      id arenaId matchRunId projectType score status explanation decisionReason decidedAt version\n      components { relevance coverage cohesion diversity }\n      leadOrganization { id name }\n      consortium { id status }\n      members {\n        id role\n        organization {\n          id name kind countyNumber municipalityNumber\n          municipality { name }\n          researchInstitution { name municipalityNumber countyNumber }\n        }\n        knowledgeNeed { id title }\n        competenceProfile { id title countyNumbers }\n      }\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  mutation AcceptProposal($id: ID!) {\n    acceptConsortiumProposal(id: $id) { id status decidedAt consortium { id status } }\n  }\n": typeof types.AcceptProposalDocument,
    "\n  mutation RejectProposal($id: ID!, $reason: String!, $reasonCategory: RejectionReasonCategory) {\n    rejectConsortiumProposal(id: $id, reason: $reason, reasonCategory: $reasonCategory) { id status decidedAt decisionReason decisionReasonCategory }\n  }\n": typeof types.RejectProposalDocument,
};
const documents: Documents = {
    "\n  query Arenas {\n    mobilizationArenas { id name counties { number name } }\n  }\n": types.ArenasDocument,
    "\n  query ArenaOverview($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name description counties { number name } }\n    openNeeds: knowledgeNeeds(first: 1, filter: { arenaId: $arenaId, statuses: [OPEN] }) { totalCount }\n    activeProfiles: competenceProfiles(first: 1, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) { totalCount }\n    waiting: consortiumProposals(first: 5, filter: { arenaId: $arenaId, status: PROPOSED }) {\n      totalCount\n      edges { node { id projectType score leadOrganization { name } members { id role } } }\n    }\n    accepted: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: ACCEPTED }) { totalCount }\n    rejected: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: REJECTED }) { totalCount }\n    matchRuns(first: 5, filter: { arenaId: $arenaId }) {\n      edges { node { id status phase progress createdAt counts { proposals unmatchedNeeds } } }\n    }\n  }\n": types.ArenaOverviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Consortium($id: ID!, $locale: String!) {\n    consortium(id: $id) {\n      id arenaId proposalId projectType status version rulesHold needsAttention attentionReason createdAt\n      leadOrganization { id name }\n      members {\n        id role response responseReason invitedAt respondedAt organizationId\n        committedPersonMonths contactPersonName contactPersonFreed\n        organization { id name kind }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n      ruleChecks(locale: $locale) { rule outcome message accepted acceptedReason }\n      statusHistory { fromStatus toStatus changedAt reason }\n      replacements {\n        id status explanation score declinedMemberId\n        organization { id name }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n    }\n  }\n": types.ConsortiumDocument,
    "\n  query Consortia($filter: ConsortiumFilter, $first: Int!, $after: String) {\n    consortia(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id projectType status needsAttention createdAt\n          leadOrganization { id name }\n          members { id response }\n        }\n      }\n    }\n  }\n": types.ConsortiaDocument,
    "\n  mutation ChangeConsortiumStatus($input: ChangeConsortiumStatusInput!) {\n    changeConsortiumStatus(input: $input) { id status version }\n  }\n": types.ChangeConsortiumStatusDocument,
    "\n  mutation RespondToConsortiumInvitation($id: ID!, $accept: Boolean!, $reason: String, $commitment: ConsortiumCommitmentInput) {\n    respondToConsortiumInvitation(id: $id, accept: $accept, reason: $reason, commitment: $commitment) {\n      member { id response }\n      replacement { id status }\n    }\n  }\n": types.RespondToConsortiumInvitationDocument,
    "\n  mutation AcceptConsortiumReplacement($input: AcceptConsortiumReplacementInput!) {\n    acceptConsortiumReplacement(input: $input) { id response }\n  }\n": types.AcceptConsortiumReplacementDocument,
    "\n  mutation AcceptProgrammeRuleWarning($input: AcceptProgrammeRuleWarningInput!) {\n    acceptProgrammeRuleWarning(input: $input) { id rulesHold }\n  }\n": types.AcceptProgrammeRuleWarningDocument,
    "\n  query ProgrammeIndicators($filter: ProgrammeIndicatorFilter) {\n    programmeIndicators(filter: $filter, interval: MONTH) {\n      from to\n      total {\n        municipalities { inScope mobilized share }\n        needs { registered open inProposal inFormingOrConfirmedConsortium }\n        research { groupsInvolved institutionsInvolved }\n        proposals { made accepted rejected }\n        consortia { byStatus { key count } }\n        times { toFirstProposal { count medianDays } toConfirmedConsortium { count medianDays } }\n        coverage { openNeeds covered share }\n      }\n      periods {\n        start\n        municipalities { mobilized }\n        needs { registered open }\n        proposals { made accepted }\n      }\n    }\n  }\n": types.ProgrammeIndicatorsDocument,
    "\n  mutation CreateExportLink($input: CreateExportLinkInput!) {\n    createExportLink(input: $input) { url expiresAt }\n  }\n": types.CreateExportLinkDocument,
    "\n  query RunChoices($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name }\n    knowledgeNeeds(first: 100, filter: { arenaId: $arenaId, statuses: [OPEN] }) {\n      edges { node { id title organization { name } } }\n    }\n    competenceProfiles(first: 100, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) {\n      edges { node { id title organization { name } } }\n    }\n  }\n": types.RunChoicesDocument,
    "\n  mutation StartMatchRun($input: StartMatchRunInput!) {\n    startMatchRun(input: $input) { id status }\n  }\n": types.StartMatchRunDocument,
    "\n  query MatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id arenaId status phase progress error optimalityGap createdAt\n      counts { needs profiles proposals unmatchedNeeds }\n      proposals {\n        id projectType score status\n        leadOrganization { name }\n        members { id role organization { name } }\n      }\n      unmatchedNeeds { knowledgeNeedId reason knowledgeNeed { id title organization { name } } }\n    }\n  }\n": types.MatchRunDocument,
    "\n  subscription MatchRunUpdated($id: ID!) {\n    matchRunUpdated(id: $id) { id status phase progress error }\n  }\n": types.MatchRunUpdatedDocument,
    "\n  mutation CancelMatchRun($id: ID!) {\n    cancelMatchRun(id: $id) { id status }\n  }\n": types.CancelMatchRunDocument,
    "\n  query NeedsList($filter: KnowledgeNeedFilter, $first: Int!, $after: String) {\n    knowledgeNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes projectType updatedAt\n          organization { id name county { name } }\n        }\n      }\n    }\n  }\n": types.NeedsListDocument,
    "\n  query Need($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id title description status themes projectType language version updatedAt\n      committedPersonMonths committedContactFreed organizationId\n      organization { id name county { name } municipality { name population } }\n      contacts { id hidden name email phone role }\n    }\n  }\n": types.NeedDocument,
    "\n  query RecommendedProfiles($needId: ID!) {\n    recommendedCompetenceProfiles(needId: $needId, first: 5) {\n      score sharedTerms\n      competenceProfile { id title organization { name researchInstitution { name } } }\n    }\n  }\n": types.RecommendedProfilesDocument,
    "\n  query Counties {\n    counties { number name }\n  }\n": types.CountiesDocument,
    "\n  mutation CreateNeed($input: CreateKnowledgeNeedInput!) {\n    createKnowledgeNeed(input: $input) { id version status }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($input: UpdateKnowledgeNeedInput!) {\n    updateKnowledgeNeed(input: $input) { id version status title description themes projectType language }\n  }\n": types.UpdateNeedDocument,
    "\n  mutation WithdrawNeed($id: ID!, $version: Int) {\n    withdrawKnowledgeNeed(id: $id, version: $version) { id version status }\n  }\n": types.WithdrawNeedDocument,
    "\n  query MyOrganization($id: ID!) {\n    organization(id: $id) { id name kind }\n  }\n": types.MyOrganizationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { marked unreadCount }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { marked unreadCount }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings { language preferences { kind delivery } }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { language preferences { kind delivery } }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded { id }\n  }\n": types.NotificationAddedDocument,
    "\n  query NeedInterests($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id\n      interests {\n        id note createdAt organizationId\n        organization { id name }\n        competenceProfile { id title }\n      }\n    }\n  }\n": types.NeedInterestsDocument,
    "\n  query MyGroupProfiles($organizationId: ID!) {\n    competenceProfiles(filter: { organizationId: $organizationId }, first: 50) {\n      edges { node { id title } }\n    }\n  }\n": types.MyGroupProfilesDocument,
    "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterestInNeed(input: $input) { id note }\n  }\n": types.ExpressInterestDocument,
    "\n  mutation WithdrawInterest($id: ID!) {\n    withdrawInterestInNeed(id: $id) { id }\n  }\n": types.WithdrawInterestDocument,
    "\n  query SimilarNeeds($needId: ID!) {\n    similarKnowledgeNeeds(needId: $needId, first: 5) {\n      similarity sharedTerms\n      need { id title organization { id name } }\n    }\n  }\n": types.SimilarNeedsDocument,
    "\n  query ArenaExclusions($arenaId: ID!) {\n    conflictExclusions(arenaId: $arenaId) {\n      id reason createdAt\n      organizationA { id name }\n      organizationB { id name }\n    }\n  }\n": types.ArenaExclusionsDocument,
    "\n  query ArenaOrganizations($arenaId: ID, $kinds: [OrganizationKind!], $text: String) {\n    organizations(filter: { arenaId: $arenaId, kinds: $kinds, text: $text }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n": types.ArenaOrganizationsDocument,
    "\n  mutation CreateExclusion($input: CreateConflictExclusionInput!) {\n    createConflictExclusion(input: $input) { id }\n  }\n": types.CreateExclusionDocument,
    "\n  mutation DeleteExclusion($id: ID!) {\n    deleteConflictExclusion(id: $id) { id }\n  }\n": types.DeleteExclusionDocument,
    "\n  query ArenaNames {\n    mobilizationArenas { id name }\n  }\n": types.ArenaNamesDocument,
    "\n  query ProfilesList($filter: CompetenceProfileFilter, $first: Int!, $after: String) {\n    competenceProfiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes keywords capacity\n          organization { id name researchInstitution { name } }\n        }\n      }\n    }\n  }\n": types.ProfilesListDocument,
    "\n  query Profile($id: ID!) {\n    competenceProfile(id: $id) {\n      id title description status themes keywords methods capacity internationalPartners\n      counties { number name }\n      organization { id name researchInstitution { name } }\n      references { id kind title year }\n      contacts { id hidden name email role }\n    }\n  }\n": types.ProfileDocument,
    "\n  query RecommendedNeeds($profileId: ID!) {\n    recommendedKnowledgeNeeds(profileId: $profileId, first: 10) {\n      score sharedTerms\n      knowledgeNeed { id title organization { name } }\n    }\n  }\n": types.RecommendedNeedsDocument,
    "\n  query Proposal($id: ID!) {\n    consortiumProposal(id: $id) {\n      id arenaId matchRunId projectType score status explanation decisionReason decidedAt version\n      components { relevance coverage cohesion diversity }\n      leadOrganization { id name }\n      consortium { id status }\n      members {\n        id role\n        organization {\n          id name kind countyNumber municipalityNumber\n          municipality { name }\n          researchInstitution { name municipalityNumber countyNumber }\n        }\n        knowledgeNeed { id title }\n        competenceProfile { id title countyNumbers }\n      }\n    }\n  }\n": types.ProposalDocument,
    "\n  mutation AcceptProposal($id: ID!) {\n    acceptConsortiumProposal(id: $id) { id status decidedAt consortium { id status } }\n  }\n": types.AcceptProposalDocument,
    "\n  mutation RejectProposal($id: ID!, $reason: String!, $reasonCategory: RejectionReasonCategory) {\n    rejectConsortiumProposal(id: $id, reason: $reason, reasonCategory: $reasonCategory) { id status decidedAt decisionReason decisionReasonCategory }\n  }\n": types.RejectProposalDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Arenas {\n    mobilizationArenas { id name counties { number name } }\n  }\n"): (typeof documents)["\n  query Arenas {\n    mobilizationArenas { id name counties { number name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArenaOverview($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name description counties { number name } }\n    openNeeds: knowledgeNeeds(first: 1, filter: { arenaId: $arenaId, statuses: [OPEN] }) { totalCount }\n    activeProfiles: competenceProfiles(first: 1, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) { totalCount }\n    waiting: consortiumProposals(first: 5, filter: { arenaId: $arenaId, status: PROPOSED }) {\n      totalCount\n      edges { node { id projectType score leadOrganization { name } members { id role } } }\n    }\n    accepted: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: ACCEPTED }) { totalCount }\n    rejected: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: REJECTED }) { totalCount }\n    matchRuns(first: 5, filter: { arenaId: $arenaId }) {\n      edges { node { id status phase progress createdAt counts { proposals unmatchedNeeds } } }\n    }\n  }\n"): (typeof documents)["\n  query ArenaOverview($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name description counties { number name } }\n    openNeeds: knowledgeNeeds(first: 1, filter: { arenaId: $arenaId, statuses: [OPEN] }) { totalCount }\n    activeProfiles: competenceProfiles(first: 1, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) { totalCount }\n    waiting: consortiumProposals(first: 5, filter: { arenaId: $arenaId, status: PROPOSED }) {\n      totalCount\n      edges { node { id projectType score leadOrganization { name } members { id role } } }\n    }\n    accepted: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: ACCEPTED }) { totalCount }\n    rejected: consortiumProposals(first: 1, filter: { arenaId: $arenaId, status: REJECTED }) { totalCount }\n    matchRuns(first: 5, filter: { arenaId: $arenaId }) {\n      edges { node { id status phase progress createdAt counts { proposals unmatchedNeeds } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user { id email name memberships { role arenaId organizationId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consortium($id: ID!, $locale: String!) {\n    consortium(id: $id) {\n      id arenaId proposalId projectType status version rulesHold needsAttention attentionReason createdAt\n      leadOrganization { id name }\n      members {\n        id role response responseReason invitedAt respondedAt organizationId\n        committedPersonMonths contactPersonName contactPersonFreed\n        organization { id name kind }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n      ruleChecks(locale: $locale) { rule outcome message accepted acceptedReason }\n      statusHistory { fromStatus toStatus changedAt reason }\n      replacements {\n        id status explanation score declinedMemberId\n        organization { id name }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consortium($id: ID!, $locale: String!) {\n    consortium(id: $id) {\n      id arenaId proposalId projectType status version rulesHold needsAttention attentionReason createdAt\n      leadOrganization { id name }\n      members {\n        id role response responseReason invitedAt respondedAt organizationId\n        committedPersonMonths contactPersonName contactPersonFreed\n        organization { id name kind }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n      ruleChecks(locale: $locale) { rule outcome message accepted acceptedReason }\n      statusHistory { fromStatus toStatus changedAt reason }\n      replacements {\n        id status explanation score declinedMemberId\n        organization { id name }\n        knowledgeNeed { id title }\n        competenceProfile { id title }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consortia($filter: ConsortiumFilter, $first: Int!, $after: String) {\n    consortia(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id projectType status needsAttention createdAt\n          leadOrganization { id name }\n          members { id response }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consortia($filter: ConsortiumFilter, $first: Int!, $after: String) {\n    consortia(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id projectType status needsAttention createdAt\n          leadOrganization { id name }\n          members { id response }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeConsortiumStatus($input: ChangeConsortiumStatusInput!) {\n    changeConsortiumStatus(input: $input) { id status version }\n  }\n"): (typeof documents)["\n  mutation ChangeConsortiumStatus($input: ChangeConsortiumStatusInput!) {\n    changeConsortiumStatus(input: $input) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToConsortiumInvitation($id: ID!, $accept: Boolean!, $reason: String, $commitment: ConsortiumCommitmentInput) {\n    respondToConsortiumInvitation(id: $id, accept: $accept, reason: $reason, commitment: $commitment) {\n      member { id response }\n      replacement { id status }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToConsortiumInvitation($id: ID!, $accept: Boolean!, $reason: String, $commitment: ConsortiumCommitmentInput) {\n    respondToConsortiumInvitation(id: $id, accept: $accept, reason: $reason, commitment: $commitment) {\n      member { id response }\n      replacement { id status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptConsortiumReplacement($input: AcceptConsortiumReplacementInput!) {\n    acceptConsortiumReplacement(input: $input) { id response }\n  }\n"): (typeof documents)["\n  mutation AcceptConsortiumReplacement($input: AcceptConsortiumReplacementInput!) {\n    acceptConsortiumReplacement(input: $input) { id response }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptProgrammeRuleWarning($input: AcceptProgrammeRuleWarningInput!) {\n    acceptProgrammeRuleWarning(input: $input) { id rulesHold }\n  }\n"): (typeof documents)["\n  mutation AcceptProgrammeRuleWarning($input: AcceptProgrammeRuleWarningInput!) {\n    acceptProgrammeRuleWarning(input: $input) { id rulesHold }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeIndicators($filter: ProgrammeIndicatorFilter) {\n    programmeIndicators(filter: $filter, interval: MONTH) {\n      from to\n      total {\n        municipalities { inScope mobilized share }\n        needs { registered open inProposal inFormingOrConfirmedConsortium }\n        research { groupsInvolved institutionsInvolved }\n        proposals { made accepted rejected }\n        consortia { byStatus { key count } }\n        times { toFirstProposal { count medianDays } toConfirmedConsortium { count medianDays } }\n        coverage { openNeeds covered share }\n      }\n      periods {\n        start\n        municipalities { mobilized }\n        needs { registered open }\n        proposals { made accepted }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeIndicators($filter: ProgrammeIndicatorFilter) {\n    programmeIndicators(filter: $filter, interval: MONTH) {\n      from to\n      total {\n        municipalities { inScope mobilized share }\n        needs { registered open inProposal inFormingOrConfirmedConsortium }\n        research { groupsInvolved institutionsInvolved }\n        proposals { made accepted rejected }\n        consortia { byStatus { key count } }\n        times { toFirstProposal { count medianDays } toConfirmedConsortium { count medianDays } }\n        coverage { openNeeds covered share }\n      }\n      periods {\n        start\n        municipalities { mobilized }\n        needs { registered open }\n        proposals { made accepted }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExportLink($input: CreateExportLinkInput!) {\n    createExportLink(input: $input) { url expiresAt }\n  }\n"): (typeof documents)["\n  mutation CreateExportLink($input: CreateExportLinkInput!) {\n    createExportLink(input: $input) { url expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RunChoices($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name }\n    knowledgeNeeds(first: 100, filter: { arenaId: $arenaId, statuses: [OPEN] }) {\n      edges { node { id title organization { name } } }\n    }\n    competenceProfiles(first: 100, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) {\n      edges { node { id title organization { name } } }\n    }\n  }\n"): (typeof documents)["\n  query RunChoices($arenaId: ID!) {\n    mobilizationArena(id: $arenaId) { id name }\n    knowledgeNeeds(first: 100, filter: { arenaId: $arenaId, statuses: [OPEN] }) {\n      edges { node { id title organization { name } } }\n    }\n    competenceProfiles(first: 100, filter: { arenaId: $arenaId, statuses: [ACTIVE] }) {\n      edges { node { id title organization { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMatchRun($input: StartMatchRunInput!) {\n    startMatchRun(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation StartMatchRun($input: StartMatchRunInput!) {\n    startMatchRun(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id arenaId status phase progress error optimalityGap createdAt\n      counts { needs profiles proposals unmatchedNeeds }\n      proposals {\n        id projectType score status\n        leadOrganization { name }\n        members { id role organization { name } }\n      }\n      unmatchedNeeds { knowledgeNeedId reason knowledgeNeed { id title organization { name } } }\n    }\n  }\n"): (typeof documents)["\n  query MatchRun($id: ID!) {\n    matchRun(id: $id) {\n      id arenaId status phase progress error optimalityGap createdAt\n      counts { needs profiles proposals unmatchedNeeds }\n      proposals {\n        id projectType score status\n        leadOrganization { name }\n        members { id role organization { name } }\n      }\n      unmatchedNeeds { knowledgeNeedId reason knowledgeNeed { id title organization { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MatchRunUpdated($id: ID!) {\n    matchRunUpdated(id: $id) { id status phase progress error }\n  }\n"): (typeof documents)["\n  subscription MatchRunUpdated($id: ID!) {\n    matchRunUpdated(id: $id) { id status phase progress error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMatchRun($id: ID!) {\n    cancelMatchRun(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation CancelMatchRun($id: ID!) {\n    cancelMatchRun(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsList($filter: KnowledgeNeedFilter, $first: Int!, $after: String) {\n    knowledgeNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes projectType updatedAt\n          organization { id name county { name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedsList($filter: KnowledgeNeedFilter, $first: Int!, $after: String) {\n    knowledgeNeeds(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes projectType updatedAt\n          organization { id name county { name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Need($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id title description status themes projectType language version updatedAt\n      committedPersonMonths committedContactFreed organizationId\n      organization { id name county { name } municipality { name population } }\n      contacts { id hidden name email phone role }\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id title description status themes projectType language version updatedAt\n      committedPersonMonths committedContactFreed organizationId\n      organization { id name county { name } municipality { name population } }\n      contacts { id hidden name email phone role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedProfiles($needId: ID!) {\n    recommendedCompetenceProfiles(needId: $needId, first: 5) {\n      score sharedTerms\n      competenceProfile { id title organization { name researchInstitution { name } } }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedProfiles($needId: ID!) {\n    recommendedCompetenceProfiles(needId: $needId, first: 5) {\n      score sharedTerms\n      competenceProfile { id title organization { name researchInstitution { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counties {\n    counties { number name }\n  }\n"): (typeof documents)["\n  query Counties {\n    counties { number name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateKnowledgeNeedInput!) {\n    createKnowledgeNeed(input: $input) { id version status }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateKnowledgeNeedInput!) {\n    createKnowledgeNeed(input: $input) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($input: UpdateKnowledgeNeedInput!) {\n    updateKnowledgeNeed(input: $input) { id version status title description themes projectType language }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($input: UpdateKnowledgeNeedInput!) {\n    updateKnowledgeNeed(input: $input) { id version status title description themes projectType language }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNeed($id: ID!, $version: Int) {\n    withdrawKnowledgeNeed(id: $id, version: $version) { id version status }\n  }\n"): (typeof documents)["\n  mutation WithdrawNeed($id: ID!, $version: Int) {\n    withdrawKnowledgeNeed(id: $id, version: $version) { id version status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganization($id: ID!) {\n    organization(id: $id) { id name kind }\n  }\n"): (typeof documents)["\n  query MyOrganization($id: ID!) {\n    organization(id: $id) { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind title body link createdAt readAt } }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { marked unreadCount }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) { marked unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { marked unreadCount }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead { marked unreadCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings { language preferences { kind delivery } }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings { language preferences { kind delivery } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { language preferences { kind delivery } }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) { language preferences { kind delivery } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded { id }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedInterests($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id\n      interests {\n        id note createdAt organizationId\n        organization { id name }\n        competenceProfile { id title }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NeedInterests($id: ID!) {\n    knowledgeNeed(id: $id) {\n      id\n      interests {\n        id note createdAt organizationId\n        organization { id name }\n        competenceProfile { id title }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroupProfiles($organizationId: ID!) {\n    competenceProfiles(filter: { organizationId: $organizationId }, first: 50) {\n      edges { node { id title } }\n    }\n  }\n"): (typeof documents)["\n  query MyGroupProfiles($organizationId: ID!) {\n    competenceProfiles(filter: { organizationId: $organizationId }, first: 50) {\n      edges { node { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterestInNeed(input: $input) { id note }\n  }\n"): (typeof documents)["\n  mutation ExpressInterest($input: ExpressInterestInput!) {\n    expressInterestInNeed(input: $input) { id note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInterest($id: ID!) {\n    withdrawInterestInNeed(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation WithdrawInterest($id: ID!) {\n    withdrawInterestInNeed(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarNeeds($needId: ID!) {\n    similarKnowledgeNeeds(needId: $needId, first: 5) {\n      similarity sharedTerms\n      need { id title organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  query SimilarNeeds($needId: ID!) {\n    similarKnowledgeNeeds(needId: $needId, first: 5) {\n      similarity sharedTerms\n      need { id title organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArenaExclusions($arenaId: ID!) {\n    conflictExclusions(arenaId: $arenaId) {\n      id reason createdAt\n      organizationA { id name }\n      organizationB { id name }\n    }\n  }\n"): (typeof documents)["\n  query ArenaExclusions($arenaId: ID!) {\n    conflictExclusions(arenaId: $arenaId) {\n      id reason createdAt\n      organizationA { id name }\n      organizationB { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArenaOrganizations($arenaId: ID, $kinds: [OrganizationKind!], $text: String) {\n    organizations(filter: { arenaId: $arenaId, kinds: $kinds, text: $text }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n"): (typeof documents)["\n  query ArenaOrganizations($arenaId: ID, $kinds: [OrganizationKind!], $text: String) {\n    organizations(filter: { arenaId: $arenaId, kinds: $kinds, text: $text }, first: 100) {\n      edges { node { id name kind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExclusion($input: CreateConflictExclusionInput!) {\n    createConflictExclusion(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateExclusion($input: CreateConflictExclusionInput!) {\n    createConflictExclusion(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteExclusion($id: ID!) {\n    deleteConflictExclusion(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation DeleteExclusion($id: ID!) {\n    deleteConflictExclusion(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArenaNames {\n    mobilizationArenas { id name }\n  }\n"): (typeof documents)["\n  query ArenaNames {\n    mobilizationArenas { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilesList($filter: CompetenceProfileFilter, $first: Int!, $after: String) {\n    competenceProfiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes keywords capacity\n          organization { id name researchInstitution { name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfilesList($filter: CompetenceProfileFilter, $first: Int!, $after: String) {\n    competenceProfiles(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id title status themes keywords capacity\n          organization { id name researchInstitution { name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile($id: ID!) {\n    competenceProfile(id: $id) {\n      id title description status themes keywords methods capacity internationalPartners\n      counties { number name }\n      organization { id name researchInstitution { name } }\n      references { id kind title year }\n      contacts { id hidden name email role }\n    }\n  }\n"): (typeof documents)["\n  query Profile($id: ID!) {\n    competenceProfile(id: $id) {\n      id title description status themes keywords methods capacity internationalPartners\n      counties { number name }\n      organization { id name researchInstitution { name } }\n      references { id kind title year }\n      contacts { id hidden name email role }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendedNeeds($profileId: ID!) {\n    recommendedKnowledgeNeeds(profileId: $profileId, first: 10) {\n      score sharedTerms\n      knowledgeNeed { id title organization { name } }\n    }\n  }\n"): (typeof documents)["\n  query RecommendedNeeds($profileId: ID!) {\n    recommendedKnowledgeNeeds(profileId: $profileId, first: 10) {\n      score sharedTerms\n      knowledgeNeed { id title organization { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: ID!) {\n    consortiumProposal(id: $id) {\n      id arenaId matchRunId projectType score status explanation decisionReason decidedAt version\n      components { relevance coverage cohesion diversity }\n      leadOrganization { id name }\n      consortium { id status }\n      members {\n        id role\n        organization {\n          id name kind countyNumber municipalityNumber\n          municipality { name }\n          researchInstitution { name municipalityNumber countyNumber }\n        }\n        knowledgeNeed { id title }\n        competenceProfile { id title countyNumbers }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposal($id: ID!) {\n    consortiumProposal(id: $id) {\n      id arenaId matchRunId projectType score status explanation decisionReason decidedAt version\n      components { relevance coverage cohesion diversity }\n      leadOrganization { id name }\n      consortium { id status }\n      members {\n        id role\n        organization {\n          id name kind countyNumber municipalityNumber\n          municipality { name }\n          researchInstitution { name municipalityNumber countyNumber }\n        }\n        knowledgeNeed { id title }\n        competenceProfile { id title countyNumbers }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptProposal($id: ID!) {\n    acceptConsortiumProposal(id: $id) { id status decidedAt consortium { id status } }\n  }\n"): (typeof documents)["\n  mutation AcceptProposal($id: ID!) {\n    acceptConsortiumProposal(id: $id) { id status decidedAt consortium { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProposal($id: ID!, $reason: String!, $reasonCategory: RejectionReasonCategory) {\n    rejectConsortiumProposal(id: $id, reason: $reason, reasonCategory: $reasonCategory) { id status decidedAt decisionReason decisionReasonCategory }\n  }\n"): (typeof documents)["\n  mutation RejectProposal($id: ID!, $reason: String!, $reasonCategory: RejectionReasonCategory) {\n    rejectConsortiumProposal(id: $id, reason: $reason, reasonCategory: $reasonCategory) { id status decidedAt decisionReason decisionReasonCategory }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
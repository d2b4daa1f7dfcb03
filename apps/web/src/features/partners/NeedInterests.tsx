import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Field, Heading, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationIds } from '../../app/session';
import { useSession } from '../../app/useSession';
import { GeneralProblem, partnerFormProblem, RemoveButton } from './list-parts';
import { ExpressInterestDocument, MyGroupProfilesDocument, NeedInterestsDocument, WithdrawInterestDocument } from './operations';

/**
 * Research groups' interest in a need: the list (the need's municipality and the arena's brokers see all, a group
 * its own), and for researchers the form to express interest through one of the group's profiles, or withdraw it.
 */
export function NeedInterests({ needId, open }: { needId: string; open: boolean }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const myGroup = organizationIds(session, 'RESEARCHER')[0];
  const { data, refetch } = useQuery(NeedInterestsDocument, { variables: { id: needId } });
  const profiles = useQuery(MyGroupProfilesDocument, { variables: { organizationId: myGroup ?? '' }, skip: !myGroup });
  const [profileId, setProfileId] = useState('');
  const [note, setNote] = useState('');
  const [express, expressing] = useMutation(ExpressInterestDocument);
  const [withdraw, withdrawing] = useMutation(WithdrawInterestDocument);
  const interests = data?.knowledgeNeed.interests ?? [];
  const myProfiles = profiles.data?.competenceProfiles.edges.map((e) => e.node) ?? [];
  const chosen = profileId || myProfiles[0]?.id || '';
  const { fieldError, general } = partnerFormProblem(t, expressing.error ?? withdrawing.error, ['competenceProfileId', 'note']);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await express({ variables: { input: { knowledgeNeedId: needId, competenceProfileId: chosen, note } } });
      setNote('');
      await refetch();
    } catch {
      // shown beside the field
    }
  };

  return (
    <section className="stack" aria-labelledby="interests-heading">
      <Heading level={2} data-size="md" id="interests-heading">
        {t('partners.interestsTitle')}
      </Heading>
      {interests.length === 0 && <Paragraph>{t('partners.noInterests')}</Paragraph>}
      <ul className="result-list" data-testid="need-interests">
        {interests.map((interest) => (
          <li key={interest.id}>
            <Card>
              <Paragraph>
                <strong>{interest.organization.name}</strong> · {interest.competenceProfile.title} ·{' '}
                {new Date(interest.createdAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nb-NO')}
              </Paragraph>
              {interest.note && <Paragraph data-size="sm">{interest.note}</Paragraph>}
              {interest.organizationId === myGroup && (
                <RemoveButton
                  label={t('partners.withdrawInterest')}
                  loading={withdrawing.loading}
                  remove={() => withdraw({ variables: { id: interest.id } })}
                  refetch={() => refetch()}
                />
              )}
            </Card>
          </li>
        ))}
      </ul>
      <GeneralProblem problem={general} />
      {myGroup && open && myProfiles.length > 0 && (
        <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
          <Field>
            <Label>{t('partners.profile')}</Label>
            <Select value={chosen} onChange={(e) => setProfileId(e.target.value)}>
              {myProfiles.map((p) => (
                <Select.Option key={p.id} value={p.id}>
                  {p.title}
                </Select.Option>
              ))}
            </Select>
            {fieldError('competenceProfileId') && <ValidationMessage>{fieldError('competenceProfileId')}</ValidationMessage>}
          </Field>
          <Textfield
            label={t('partners.note')}
            description={t('partners.noteHint')}
            multiline
            rows={3}
            value={note}
            error={fieldError('note')}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="row">
            <Button type="submit" loading={expressing.loading}>
              {t('partners.expressInterest')}
            </Button>
          </div>
        </form>
      )}
      {expressing.data && !expressing.error && <Alert data-color="success">{t('partners.interestSaved')}</Alert>}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { ArenaOrganizationsDocument } from './operations';

/**
 * Choose one organization of some kinds (optionally in an arena's counties): a name filter, then a list of at most
 * 100 matches. The error, when given, is shown beside the list.
 */
export function OrganizationPicker(props: {
  label: string;
  arenaId: string | null;
  kinds: OrganizationKind[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { data } = useQuery(ArenaOrganizationsDocument, {
    variables: { arenaId: props.arenaId, kinds: props.kinds, text: text.trim() || null },
  });
  return (
    <div className="stack">
      <Textfield
        label={t('partners.findOrganization', { label: props.label.toLowerCase() })}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <Field>
        <Label>{props.label}</Label>
        <Select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
          <Select.Option value="">{t('partners.choose')}</Select.Option>
          {data?.organizations.edges.map(({ node }) => (
            <Select.Option key={node.id} value={node.id}>
              {node.name}
            </Select.Option>
          ))}
        </Select>
        {props.error && <ValidationMessage>{props.error}</ValidationMessage>}
      </Field>
    </div>
  );
}

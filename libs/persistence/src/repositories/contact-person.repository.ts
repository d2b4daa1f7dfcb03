import { EntityManager } from 'typeorm';
import { ContactPerson } from '../entities/contact-person.entity';
import { NotFoundError } from '../errors';
import { Gender } from '../enums';
import { isUuid } from '../sql';
import {
  Db,
  findByIdsInOrder,
  findGroupedByKeys,
  runQuery,
  updateVersioned,
} from './repository-support';

/** Columns a contact's owner key is stored in. */
const GROUP_COLUMNS = {
  knowledgeNeedId: 'knowledge_need_id',
  competenceProfileId: 'competence_profile_id',
  organizationId: 'organization_id',
} as const;

export interface ContactPersonData {
  name: string;
  email: string;
  phone?: string | null;
  role?: string | null;
  gender?: Gender | null;
}

export interface UpdateContactPersonData extends Partial<ContactPersonData> {
  id: string;
  version: number;
}

/** A contact as stored: text trimmed, empty optional text as null, the e-mail in lower case (unique per owner). */
function normalizeContact(contact: ContactPersonData): ContactPersonData {
  return {
    name: contact.name.trim(),
    email: contact.email.trim().toLowerCase(),
    phone: contact.phone?.trim() || null,
    role: contact.role?.trim() || null,
    gender: contact.gender ?? null,
  };
}

/**
 * Contact persons (personal data). Callers decide who may read them; this repository only stores them.
 */
export class ContactPersonRepository {
  constructor(private readonly db: Db) {}

  async findById(id: string): Promise<ContactPerson | null> {
    if (!isUuid(id)) return null;
    return (await this.findByIds([id]))[0];
  }

  findByIds(ids: readonly string[]): Promise<Array<ContactPerson | null>> {
    return findByIdsInOrder(this.db, ContactPerson, ids);
  }

  /** Batch load for DataLoader: contacts of each need, in key order (one statement). */
  findByKnowledgeNeedIds(needIds: readonly string[]): Promise<ContactPerson[][]> {
    return this.grouped('knowledgeNeedId', needIds);
  }

  /** Batch load for DataLoader: contacts of each profile, in key order (one statement). */
  findByCompetenceProfileIds(profileIds: readonly string[]): Promise<ContactPerson[][]> {
    return this.grouped('competenceProfileId', profileIds);
  }

  /** Batch load for DataLoader: all contacts of each organization, in key order (one statement). */
  findByOrganizationIds(organizationIds: readonly string[]): Promise<ContactPerson[][]> {
    return this.grouped('organizationId', organizationIds);
  }

  private grouped(
    property: keyof typeof GROUP_COLUMNS,
    keys: readonly string[],
  ): Promise<ContactPerson[][]> {
    return findGroupedByKeys(
      this.db,
      ContactPerson,
      { column: GROUP_COLUMNS[property], property },
      keys,
      't.created_at, t.id',
    );
  }

  /** A contact of an organization (optionally for one need or profile). */
  async create(
    data: ContactPersonData & {
      organizationId: string;
      knowledgeNeedId?: string | null;
      competenceProfileId?: string | null;
    },
  ): Promise<ContactPerson> {
    const contact = normalizeContact(data);
    const rows = await runQuery<Array<{ id: string }>>(
      this.db,
      `INSERT INTO contact_persons (organization_id, knowledge_need_id, competence_profile_id, name, email, phone,
                                    role, gender)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        data.organizationId,
        data.knowledgeNeedId ?? null,
        data.competenceProfileId ?? null,
        contact.name,
        contact.email,
        contact.phone,
        contact.role,
        contact.gender,
      ],
    );
    return this.getById(rows[0].id);
  }

  async update(data: UpdateContactPersonData): Promise<ContactPerson> {
    const { id, version } = data;
    const set: Record<string, { value: unknown }> = {};
    if (data.name !== undefined) set.name = { value: data.name.trim() };
    if (data.email !== undefined) set.email = { value: data.email.trim().toLowerCase() };
    if (data.phone !== undefined) set.phone = { value: data.phone?.trim() || null };
    if (data.role !== undefined) set.role = { value: data.role?.trim() || null };
    if (data.gender !== undefined) set.gender = { value: data.gender ?? null };
    await updateVersioned(this.db, {
      table: 'contact_persons',
      entity: 'ContactPerson',
      id,
      version,
      set,
    });
    return this.getById(id);
  }

  async getById(id: string): Promise<ContactPerson> {
    const found = await this.findById(id);
    if (!found) throw new NotFoundError('ContactPerson', id);
    return found;
  }

  /**
   * Replaces the contacts of a need or profile with `contacts` (already validated) in one statement each for
   * delete and insert. Call inside the transaction that writes the need or profile.
   */
  async replaceFor(
    tx: EntityManager,
    owner: { organizationId: string; knowledgeNeedId?: string; competenceProfileId?: string },
    contacts: ContactPersonData[],
  ): Promise<void> {
    const column = owner.knowledgeNeedId ? 'knowledge_need_id' : 'competence_profile_id';
    const ownerId = owner.knowledgeNeedId ?? owner.competenceProfileId;
    await tx.query(`DELETE FROM contact_persons WHERE ${column} = $1`, [ownerId]);
    if (!contacts.length) return;
    await tx.query(
      // clock_timestamp() keeps the input order visible in created_at (contacts are listed by created_at).
      `INSERT INTO contact_persons (organization_id, ${column}, name, email, phone, role, gender, created_at)
       SELECT $1, $2, c.name, c.email, c.phone, c.role, c.gender, clock_timestamp()
         FROM jsonb_to_recordset($3::jsonb) AS c(name text, email text, phone text, role text, gender text)`,
      [owner.organizationId, ownerId, JSON.stringify(contacts.map(normalizeContact))],
    );
  }
}

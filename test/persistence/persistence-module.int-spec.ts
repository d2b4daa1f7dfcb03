import { Test } from '@nestjs/testing';
import { ConfigModule } from '@brobygger/config';
import {
  CompetenceProfileRepository,
  ContactPersonRepository,
  KnowledgeNeedRepository,
  MobilizationArenaRepository,
  OrganizationRepository,
  PersistenceModule,
  ReferenceDataRepository,
} from '@brobygger/persistence';

describe(PersistenceModule.name, () => {
  it('connects with the validated config and provides every repository', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, PersistenceModule.forRoot()],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    try {
      const reference = app.get(ReferenceDataRepository);
      expect((await reference.counts()).municipalities).toBe(357);
      for (const repositoryClass of [
        OrganizationRepository,
        MobilizationArenaRepository,
        KnowledgeNeedRepository,
        CompetenceProfileRepository,
        ContactPersonRepository,
      ]) {
        expect(app.get(repositoryClass)).toBeInstanceOf(repositoryClass);
      }
    } finally {
      await app.close();
    }
  });
});

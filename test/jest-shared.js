const moduleNameMapper = {
  '^@brobygger/(engine|persistence|config|queue)$': '<rootDir>/libs/$1/src',
  '^@brobygger/(engine|persistence|config|queue)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.jest.json', diagnostics: false }],
};
module.exports = { moduleNameMapper, transform };

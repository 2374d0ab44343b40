export * as postgresqlCnpgIo from "./postgresql.cnpg.io/index.js";
export * as externalSecretsIo from "./external-secrets.io/index.js";
export * as generatorsExternalSecretsIo from "./generators.external-secrets.io/index.js";
export * as barmancloudCnpgIo from "./barmancloud.cnpg.io/index.js";

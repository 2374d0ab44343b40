import { describe, expect, it } from 'vitest';
import { check, OVERLAY, patch, pluginApp, where } from '../../test/helpers.js';
import { parseProfile } from '../profile/load.js';
import { DEFAULT_PROFILE, type Profile } from '../profile/profile.js';
import { backupCredentials } from './backup-credentials.js';
import { RULE_IDS, RULE_OPTIONS } from './index.js';

const profileWith = (text: string): Profile => parseProfile(text, '/repo/.cnpg-site.yaml', RULE_IDS, RULE_OPTIONS);
const producer = (p: string): Profile => profileWith(`credentials:\n  producer: ${p}\n`);
const run = (files: Record<string, string>, profile: Profile = DEFAULT_PROFILE) => check(files, backupCredentials, profile);
const brief = (files: Record<string, string>, profile: Profile = DEFAULT_PROFILE) => run(files, profile).map((d) => `${d.messageId} ${d.severity}`);

/** The plugin app with its credentials made by `producerYaml` (file credentials.yaml) instead of the Vault chain. */
function appWith(producerYaml: string, keys: { id: string; secret: string } = { id: 'access_key', secret: 'secret_key' }): Record<string, string> {
  const files = pluginApp();
  delete files[`${OVERLAY}/service-account.yaml`];
  delete files[`${OVERLAY}/vault-dynamic-secret.yaml`];
  delete files[`${OVERLAY}/external-secret.yaml`];
  files[`${OVERLAY}/credentials.yaml`] = producerYaml;
  let out = patch(files, 'kustomization.yaml', '  - service-account.yaml\n  - vault-dynamic-secret.yaml\n  - external-secret.yaml\n', '  - credentials.yaml\n');
  if (keys.id !== 'access_key') out = patch(out, 'object-store.yaml', 'key: access_key', `key: ${keys.id}`);
  if (keys.secret !== 'secret_key') out = patch(out, 'object-store.yaml', 'key: secret_key', `key: ${keys.secret}`);
  return out;
}

const EXTERNAL_SECRET = `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: forgejo-s3
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: onepassword
  target:
    name: forgejo-db-backup
    template:
      metadata:
        labels:
          cnpg.io/reload: "true"
  data:
    - secretKey: access_key
      remoteRef: { key: forgejo-s3, property: access_key }
    - secretKey: secret_key
      remoteRef: { key: forgejo-s3, property: secret_key }
`;

const SEALED_SECRET = `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: forgejo-db-backup
spec:
  encryptedData:
    access_key: AgB4c2VhbGVk
    secret_key: AgB4c2VhbGVk
`;

const SOPS_SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: forgejo-db-backup
stringData:
  access_key: ENC[AES256_GCM,data:abc,type:str]
  secret_key: ENC[AES256_GCM,data:def,type:str]
sops:
  age:
    - recipient: age1example
  version: 3.9.0
`;

const PLAIN_SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: forgejo-db-backup
stringData:
  access_key: AKIAEXAMPLE
  secret_key: not-so-secret
`;

const OBC = `apiVersion: objectbucket.io/v1alpha1
kind: ObjectBucketClaim
metadata:
  name: forgejo-db-backup
spec:
  generateBucketName: forgejo-db
  storageClassName: ceph-bucket
`;

/** A KSOPS generator listing an encrypted Secret file (the layout of the arcane repository). */
function ksopsApp(): Record<string, string> {
  const files = appWith('');
  delete files[`${OVERLAY}/credentials.yaml`];
  const out = patch(files, 'kustomization.yaml', '  - credentials.yaml\n', '');
  out[`${OVERLAY}/kustomization.yaml`] += 'generators:\n  - ksops.yaml\n';
  out[`${OVERLAY}/ksops.yaml`] = 'apiVersion: viaduct.ai/v1\nkind: ksops\nmetadata:\n  name: secrets\nfiles:\n  - sops/backup.secret.yaml\n';
  out[`${OVERLAY}/sops/backup.secret.yaml`] = SOPS_SECRET;
  return out;
}

describe('backup-credentials: every producer produces the Secret', () => {
  const cases: [string, Record<string, string>][] = [
    ['vault-chain', pluginApp()],
    ['external-secret', appWith(EXTERNAL_SECRET)],
    ['sealed-secret', appWith(SEALED_SECRET)],
    ['sops', appWith(SOPS_SECRET)],
    ['ksops', ksopsApp()],
    ['object-bucket-claim', appWith(OBC, { id: 'AWS_ACCESS_KEY_ID', secret: 'AWS_SECRET_ACCESS_KEY' })],
    ['secret', appWith(PLAIN_SECRET)],
  ];

  it.each(cases)('%s: no missingSecret or missingKey, whatever the profile says the site uses', (_name, files) => {
    for (const p of ['vault-chain', 'external-secret', 'sealed-secret', 'sops', 'ksops', 'object-bucket-claim', 'secret', 'any']) {
      const found = brief(files, producer(p));
      expect(found.filter((f) => /^missing(Secret|Key) /.test(f)), p).toEqual([]);
    }
  });

  it.each(cases)('%s: nothing at all when the profile names it', (name, files) => {
    const found = run(files, producer(name)).filter((d) => d.messageId !== 'plainSecret');
    expect(found.map((d) => `${where(d)} ${d.message}`)).toEqual([]);
  });

  it.each(cases.filter(([n]) => n !== 'vault-chain'))('%s: nothing with producer any', (_name, files) => {
    expect(brief(files, producer('any'))).toEqual([]);
  });

  it('the missing Secret is still reported, with a fix naming the site producer', () => {
    const files = appWith(SEALED_SECRET.replace('name: forgejo-db-backup', 'name: other'));
    const d = run(files, producer('sealed-secret'));
    expect(d.map((x) => x.messageId)).toEqual(['missingSecret', 'missingSecret']);
    expect(d[0]!.message).toContain('no ExternalSecret with that target name, SealedSecret, ObjectBucketClaim or Secret');
    expect(d[0]!.fix?.description).toBe('add a SealedSecret named "forgejo-db-backup" to the overlay, or correct the Secret name');
  });
});

describe('backup-credentials: the shape checked follows credentials.producer', () => {
  it('vault-chain (built-in): static keys are legacy, the chain is checked', () => {
    expect(brief(appWith(SEALED_SECRET))).toEqual(['staticCredentials warning', 'staticCredentials warning']);
    expect(brief(appWith(PLAIN_SECRET))).toEqual(['staticCredentials warning', 'staticCredentials warning']);
    // An ObjectBucketClaim is not the chain either.
    const obc = run(appWith(OBC, { id: 'AWS_ACCESS_KEY_ID', secret: 'AWS_SECRET_ACCESS_KEY' }));
    expect(obc.map((d) => d.messageId)).toEqual(['otherProducer', 'otherProducer']);
    expect(obc[0]!.message).toBe(
      's3Credentials.accessKeyId Secret "forgejo-db-backup" comes from an ObjectBucketClaim (credentials.yaml); the site\'s credentials come from the Vault chain (ServiceAccount, VaultDynamicSecret, ExternalSecret) (profile credentials.producer: vault-chain)',
    );
  });

  it('external-secret: any store, no Vault checks, the reload label still', () => {
    const p = producer('external-secret');
    expect(brief(appWith(EXTERNAL_SECRET), p)).toEqual([]);
    // A long refresh interval is no lifetime problem when nothing is vended.
    expect(brief(appWith(EXTERNAL_SECRET.replace('refreshInterval: 1h', 'refreshInterval: 72h')), p)).toEqual([]);
    // The Vault chain is an ExternalSecret too, and its Vault path and role are not the site's business here.
    let files = patch(pluginApp(), 'vault-dynamic-secret.yaml', 'path: /aws/creds/forgejo-db-backup', 'path: /aws/creds/anything');
    files = patch(files, 'vault-dynamic-secret.yaml', 'role: workload-reader-forgejo-db-backup', 'role: other');
    expect(brief(files, p)).toEqual([]);
    // What does not exist still does.
    files = patch(pluginApp(), 'vault-dynamic-secret.yaml', 'name: forgejo-sa', 'name: nobody');
    expect(brief(files, p)).toEqual(['missingServiceAccount error']);
    expect(brief(appWith(EXTERNAL_SECRET.replace(/ {4}template:\n(.*\n){3}/, '')), p)).toEqual(['missingReloadLabel warning']);
    expect(brief(appWith(SEALED_SECRET), p)).toEqual(['otherProducer warning', 'otherProducer warning']);
  });

  it('sealed-secret, sops, ksops: that producer, anything else is a warning', () => {
    expect(brief(appWith(SOPS_SECRET), producer('sealed-secret'))).toEqual(['otherProducer warning', 'otherProducer warning']);
    const d = run(appWith(PLAIN_SECRET), producer('sops'));
    expect(d.map((x) => x.messageId)).toEqual(['otherProducer', 'otherProducer']);
    expect(d[0]!.message).toContain('comes from a Secret (credentials.yaml); the site\'s credentials come from a SOPS-encrypted Secret (profile credentials.producer: sops)');
    expect(d[0]!.severity).toBe('warning');
    expect(brief(appWith(SOPS_SECRET), producer('ksops'))).toEqual(['otherProducer warning', 'otherProducer warning']);
    expect(brief(ksopsApp(), producer('sops'))).toEqual(['otherProducer warning', 'otherProducer warning']);
    expect(brief(pluginApp(), producer('sealed-secret'))).toEqual(['otherProducer warning', 'otherProducer warning']);
  });

  it('object-bucket-claim: the claim named like the Secret, with the AWS_* keys', () => {
    const p = producer('object-bucket-claim');
    const d = run(appWith(OBC), p);
    expect(d.map((x) => x.messageId)).toEqual(['missingKey', 'missingKey']);
    expect(d[0]!.message).toContain('but ObjectBucketClaim forgejo/forgejo-db-backup yields only "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"');
    expect(brief(appWith(OBC.replace('name: forgejo-db-backup', 'name: forgejo-bucket'), { id: 'AWS_ACCESS_KEY_ID', secret: 'AWS_SECRET_ACCESS_KEY' }), p)).toEqual([
      'missingSecret error',
      'missingSecret error',
    ]);
  });

  it('secret: a plain Secret fits, and keys written in plain text are a warning at the Secret', () => {
    const d = run(appWith(PLAIN_SECRET), producer('secret'));
    expect(d.map(where)).toEqual([`${OVERLAY}/credentials.yaml:5:1 backup-credentials`]);
    expect(d[0]!.messageId).toBe('plainSecret');
    expect(d[0]!.severity).toBe('warning');
    expect(d[0]!.message).toBe('Secret "forgejo-db-backup" holds its keys in plain text in the repository: anyone who can read the repository can use them, and they never rotate');
    // Values from substitution variables are not in the repository.
    const vars = PLAIN_SECRET.replace('AKIAEXAMPLE', '${S3_ACCESS_KEY}').replace('not-so-secret', '${S3_SECRET_KEY}');
    expect(brief(appWith(vars), producer('secret'))).toEqual([]);
    expect(brief(appWith(SOPS_SECRET), producer('secret'))).toEqual(['otherProducer warning', 'otherProducer warning']);
  });
});

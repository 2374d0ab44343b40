import { isCluster } from '../cnpg/archive.js';
import { get, isRecord } from '../inventory/resource.js';
import type { Rule } from './rule.js';

export const imageCatalog: Rule = {
  meta: {
    id: 'image-catalog',
    title: 'The PostgreSQL image comes from the site image catalog',
    defaultSeverity: 'warning',
    kind: 'convention',
    rationale:
      'The site selects PostgreSQL images through `spec.imageCatalogRef` (by default the ClusterImageCatalog `postgresql`, profile `imageCatalog`): the catalog maps each major version to the image the platform team maintains, so minor updates and security fixes roll out by updating one catalog, and a major upgrade is a deliberate change of `imageCatalogRef.major` that the upgrade planner can check. A pinned `spec.imageName` never receives those updates and hides the major in an image tag. A Cluster that sets neither runs the operator\'s default image, whose major changes when the operator is upgraded: the next operator upgrade can start a major version upgrade nobody planned. A reference to another catalog bypasses the images the site maintains.',
    bad: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  imageName: ghcr.io/cloudnative-pg/postgresql:16.4`,
    good: `apiVersion: postgresql.cnpg.io/v1
kind: Cluster
metadata:
  name: forgejo-db
spec:
  instances: 3
  imageCatalogRef:
    apiGroup: postgresql.cnpg.io
    kind: ClusterImageCatalog
    name: postgresql
    major: 16`,
    howToFix:
      'Replace `spec.imageName` with `spec.imageCatalogRef` (`apiGroup: postgresql.cnpg.io`, the profile catalog kind and name, and `major` set to the major the Cluster runs now; check it in the image tag or the Cluster status). Setting the same major is a minor update at most: CNPG rolls it out instance by instance. Never set a lower major than the Cluster runs.',
    messages: {
      pinnedImage:
        'spec.imageName pins {{image}}, which gets no updates from the site catalog and hides the major version; use spec.imageCatalogRef ({{catalog}}) with the major it runs',
      noImage:
        "Cluster {{cluster}} sets neither spec.imageCatalogRef nor spec.imageName, so it runs the operator's default image, whose major changes with operator upgrades; set spec.imageCatalogRef ({{catalog}}) with the major it runs",
      refNotMap: 'spec.imageCatalogRef is not a map; write it with apiGroup, kind {{kind}}, name {{name}} and major',
      refFieldUnset: 'spec.imageCatalogRef has no {{field}}; the site catalog is {{catalog}}',
      otherCatalog: 'spec.imageCatalogRef.{{field}} is {{actual}}; the site maintains its images in {{catalog}}, so use that',
    },
  },
  check(ctx) {
    const { kind: wantKind, name: wantName } = ctx.profile.imageCatalog;
    const catalog = `${wantKind} ${wantName}`;
    for (const cluster of ctx.inventory.ofKind('Cluster')) {
      if (!isCluster(cluster)) continue;
      const imageName = get(cluster.object, ['spec', 'imageName']);
      const ref = get(cluster.object, ['spec', 'imageCatalogRef']);
      if (imageName !== undefined && imageName !== null && imageName !== '') {
        ctx.report({
          resource: cluster,
          path: ['spec', 'imageName'],
          messageId: 'pinnedImage',
          data: { image: typeof imageName === 'string' ? `image "${imageName}"` : 'an image', catalog },
          fix: { description: `replace spec.imageName with spec.imageCatalogRef (kind ${wantKind}, name ${wantName}, major)`, path: ['spec', 'imageCatalogRef'] },
        });
        continue;
      }
      if (ref === undefined || ref === null) {
        ctx.report({
          resource: cluster,
          path: ['spec'],
          messageId: 'noImage',
          data: { cluster: cluster.name, catalog },
          fix: { description: `add spec.imageCatalogRef (kind ${wantKind}, name ${wantName}, major)`, path: ['spec', 'imageCatalogRef'] },
        });
        continue;
      }
      if (!isRecord(ref)) {
        ctx.report({
          resource: cluster,
          path: ['spec', 'imageCatalogRef'],
          messageId: 'refNotMap',
          data: { kind: wantKind, name: wantName },
        });
        continue;
      }
      for (const [field, want] of [['kind', wantKind], ['name', wantName]] as const) {
        const have = ref[field];
        if (have === want) continue;
        ctx.report({
          resource: cluster,
          path: ['spec', 'imageCatalogRef', field],
          ...(have === undefined
            ? { messageId: 'refFieldUnset', data: { field, catalog } }
            : { messageId: 'otherCatalog', data: { field, catalog, actual: JSON.stringify(have) } }),
          fix: { description: `set spec.imageCatalogRef.${field} to "${want}"`, path: ['spec', 'imageCatalogRef', field], value: want },
        });
      }
    }
  },
};

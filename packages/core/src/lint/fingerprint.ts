import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { isRecord } from '../inventory/resource.js';
import type { Diagnostic, ResourceRef, YamlPath } from '../types.js';

/**
 * The field path of a finding, written so it does not change when a list is reordered: a list
 * item that is a map with a string `name` is written `[name=<name>]`, any other item `[<index>]`.
 */
export function fieldOf(object: unknown, path: YamlPath): string {
  let out = '';
  let node: unknown = object;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const item = Array.isArray(node) ? node[seg] : undefined;
      const name = isRecord(item) && typeof item.name === 'string' ? item.name : undefined;
      out += name !== undefined ? `[name=${name}]` : `[${seg}]`;
      node = item;
    } else {
      out += out === '' ? seg : `.${seg}`;
      node = isRecord(node) ? node[seg] : undefined;
    }
  }
  return out;
}

/** What a fingerprint is made of. */
export interface Identity {
  ruleId: string;
  messageId?: string | undefined;
  resource?: ResourceRef | undefined;
  field?: string | undefined;
  /** For a finding on a file (no resource): the file, relative to the repository root, with `/`. */
  file?: string | undefined;
}

/** The identity of a diagnostic; `root` is where file paths start (the repository root). */
export function identityOf(d: Diagnostic, root: string): Identity {
  const id: Identity = { ruleId: d.ruleId, messageId: d.messageId };
  if (d.resource) {
    id.resource = d.resource;
    if (d.field) id.field = d.field;
  } else {
    id.file = repoPath(d.file, root);
  }
  return id;
}

/** A path from the repository root, with `/`, for any platform; a path outside it stays absolute. */
export function repoPath(file: string, root: string): string {
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file.split(sep).join('/');
  return rel.split(sep).join('/');
}

/** The fingerprint of an identity: 16 bytes of SHA-256, in hex. */
export function fingerprint(id: Identity): string {
  const r = id.resource;
  const parts = [
    id.ruleId,
    id.messageId ?? '',
    r ? r.apiVersion : '',
    r ? r.kind : '',
    r ? r.namespace ?? '' : '',
    r ? r.name : '',
    id.field ?? '',
    r ? '' : id.file ?? '',
  ];
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

/** Sets each diagnostic's fingerprint (in place) and returns the list. */
export function withFingerprints<T extends Diagnostic>(list: T[], root: string): T[] {
  for (const d of list) d.fingerprint = fingerprint(identityOf(d, root));
  return list;
}

/** How a finding reads in a baseline file: rule, then the resource or file, then the field. */
export function describeIdentity(id: Identity): string {
  const r = id.resource;
  const where = r ? `${r.kind}/${r.namespace ? `${r.namespace}/` : ''}${r.name}${id.field ? ` ${id.field}` : ''}` : id.file ?? '';
  return `${id.ruleId}${id.messageId ? `:${id.messageId}` : ''} ${where}`;
}

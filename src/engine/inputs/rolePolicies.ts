// Reads the copy role's IAM policies: the identity side of the copy must allow backup:CopyIntoBackupVault and
// backup:CopyFromBackupVault (knowledge update; plan for issue 10). Accepted shapes:
//
//   one policy document                            {"Version": "2012-10-17", "Statement": [...]}
//   several, as a JSON array                       [{...}, {...}] (documents or any of the outputs below)
//   aws iam get-role-policy                        {"RoleName", "PolicyName", "PolicyDocument": {...}}
//   aws iam get-policy-version                     {"PolicyVersion": {"Document": {...}, "VersionId", "IsDefaultVersion"}}
//   aws iam get-account-authorization-details      {"RoleDetailList": [{"RoleName", "Arn", "RolePolicyList": [...],
//                                                    "AttachedManagedPolicies": [...]}], "Policies": [{"Arn",
//                                                    "DefaultVersionId", "PolicyVersionList": [{"Document", ...}]}]}
//   aws iam list-attached-role-policies            {"AttachedPolicies": [{"PolicyName", "PolicyArn"}]} (names only)
//
// A document may be an object (the CLI decodes it) or a string, URL-encoded as the raw API returns it, or JSON.
// get-account-authorization-details is filtered to the copy role the copy job names (`IamRoleArn`). Never throws.
import type { ParsedJson } from '../json/parse';
import { readPolicyText } from '../json/policyText';
import { parseArn } from '../ids';
import { normalisePolicy } from '../policy/model';
import { propEntry, readOutput } from './outputs';

type Obj = Record<string, unknown>;
type Path = (string | number)[];
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

export type RolePoliciesForm = 'document' | 'list' | 'get-role-policy' | 'get-policy-version' | 'authorization-details' | 'attached-policies';

export interface RolePolicy {
  document: Obj;
  /** `inline` (a role policy), `managed` (an attached policy's default version), or a bare `document`. */
  kind: 'inline' | 'managed' | 'document';
  name?: string;
  /** The managed policy's ARN. */
  arn?: string;
  /** Positions into the paste: `path` is where the document sits in `parsed`. */
  parsed?: ParsedJson;
  path: Path;
  /** The document was a string in the paste: its path (no positions inside it). */
  fromString?: boolean;
}

export interface RolePoliciesRead {
  form: RolePoliciesForm;
  policies: RolePolicy[];
  /** The role the paste is about, when it says (get-role-policy's RoleName, the filtered role of the details). */
  roleName?: string;
  roleArn?: string;
  /** Managed policies attached to the role whose documents the paste does not hold (AWS managed ones, say). */
  attachedWithoutDocument: { name?: string; arn: string }[];
  /** The role's permissions boundary, when the details name one (it limits what the policies allow). */
  permissionsBoundaryArn?: string;
  /** get-account-authorization-details without the copy role in it: the roles it does hold. */
  roleMissing?: { wanted?: string; listed: string[] };
  /** get-role-policy outputs for a role other than the copy role. */
  otherRoles: string[];
}

/** A role ARN's name (the last path segment). */
export function roleNameOf(arn: string | undefined): string | undefined {
  if (!arn) return undefined;
  const { arn: parsed, problem } = parseArn(arn.trim());
  if (!parsed || problem || parsed.service !== 'iam') return undefined;
  return /^role\/(?:.*\/)?([\w+=,.@-]{1,64})$/.exec(parsed.resource)?.[1];
}

function looksLikePolicy(o: unknown): o is Obj {
  return isObj(o) && !normalisePolicy(o).problem;
}

/** A document given as a string: URL-encoded (the raw API) or JSON text. */
function documentFromString(s: string): Obj | undefined {
  let text = s.trim();
  if (/^%7B/i.test(text)) {
    try {
      text = decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
  }
  if (!text.startsWith('{')) return undefined;
  const pt = readPolicyText(text);
  return looksLikePolicy(pt.parsed.value) ? pt.parsed.value : undefined;
}

function documentAt(value: unknown, parsed: ParsedJson | undefined, path: Path): Pick<RolePolicy, 'document' | 'parsed' | 'path' | 'fromString'> | undefined {
  if (looksLikePolicy(value)) return { document: value, path, ...(parsed ? { parsed } : {}) };
  if (typeof value === 'string') {
    const doc = documentFromString(value);
    if (doc) return { document: doc, path, fromString: true, ...(parsed ? { parsed } : {}) };
  }
  return undefined;
}

const strOf = (o: Obj, name: string): string | undefined => {
  const v = propEntry(o, name)?.[1];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

interface Ctx {
  parsed?: ParsedJson;
  copyRoleName?: string;
  read: RolePoliciesRead;
}

/** One item: a document, get-role-policy, or get-policy-version output. False when it is none of them. */
function readItem(o: unknown, path: Path, ctx: Ctx): boolean {
  if (!isObj(o)) return false;
  const doc = propEntry(o, 'PolicyDocument');
  if (doc) {
    const role = strOf(o, 'RoleName');
    if (role && ctx.copyRoleName && role !== ctx.copyRoleName) {
      if (!ctx.read.otherRoles.includes(role)) ctx.read.otherRoles.push(role);
    }
    if (role) ctx.read.roleName ??= role;
    const d = documentAt(doc[1], ctx.parsed, [...path, doc[0]]);
    if (!d) return false;
    ctx.read.policies.push({ ...d, kind: 'inline', ...(strOf(o, 'PolicyName') ? { name: strOf(o, 'PolicyName') } : {}) });
    return true;
  }
  const version = propEntry(o, 'PolicyVersion');
  if (version && isObj(version[1])) {
    const inner = propEntry(version[1], 'Document');
    const d = inner && documentAt(inner[1], ctx.parsed, [...path, version[0], inner[0]]);
    if (!d) return false;
    ctx.read.policies.push({ ...d, kind: 'managed' });
    return true;
  }
  const d = documentAt(o, ctx.parsed, path);
  if (!d) return false;
  ctx.read.policies.push({ ...d, kind: 'document' });
  return true;
}

function readDetails(o: Obj, ctx: Ctx, wantedArn: string | undefined) {
  const roles = propEntry(o, 'RoleDetailList');
  const list = roles && Array.isArray(roles[1]) ? roles[1] : [];
  const names = list.flatMap((r) => (isObj(r) && strOf(r, 'RoleName') ? [strOf(r, 'RoleName') as string] : []));
  const index = list.findIndex((r) => isObj(r) && ((wantedArn && strOf(r, 'Arn') === wantedArn) || (ctx.copyRoleName && strOf(r, 'RoleName') === ctx.copyRoleName)));
  // Without a copy role to look for, a details output that holds exactly one role is about that role.
  const at = index >= 0 ? index : !ctx.copyRoleName && list.length === 1 ? 0 : -1;
  if (at < 0) {
    ctx.read.roleMissing = { ...(ctx.copyRoleName ? { wanted: ctx.copyRoleName } : {}), listed: names };
    return;
  }
  const role = list[at] as Obj;
  const base: Path = [roles![0], at];
  ctx.read.roleName = strOf(role, 'RoleName');
  const arn = strOf(role, 'Arn');
  if (arn) ctx.read.roleArn = arn;
  const boundary = propEntry(role, 'PermissionsBoundary');
  if (boundary && isObj(boundary[1]) && strOf(boundary[1], 'PermissionsBoundaryArn')) ctx.read.permissionsBoundaryArn = strOf(boundary[1], 'PermissionsBoundaryArn');
  const inline = propEntry(role, 'RolePolicyList');
  if (inline && Array.isArray(inline[1])) inline[1].forEach((p, i) => readItem(p, [...base, inline[0], i], ctx));

  const policies = propEntry(o, 'Policies');
  const managed = policies && Array.isArray(policies[1]) ? policies[1] : [];
  const attached = propEntry(role, 'AttachedManagedPolicies');
  for (const a of attached && Array.isArray(attached[1]) ? attached[1] : []) {
    if (!isObj(a)) continue;
    const policyArn = strOf(a, 'PolicyArn');
    if (!policyArn) continue;
    const name = strOf(a, 'PolicyName');
    const at2 = managed.findIndex((p) => isObj(p) && strOf(p, 'Arn') === policyArn);
    const entry = managed[at2];
    const doc = isObj(entry) ? defaultVersion(entry, [policies![0], at2], ctx.parsed) : undefined;
    if (doc) ctx.read.policies.push({ ...doc, kind: 'managed', arn: policyArn, ...(name ? { name } : {}) });
    else ctx.read.attachedWithoutDocument.push({ arn: policyArn, ...(name ? { name } : {}) });
  }
}

function defaultVersion(p: Obj, path: Path, parsed: ParsedJson | undefined) {
  const versions = propEntry(p, 'PolicyVersionList');
  if (!versions || !Array.isArray(versions[1])) return undefined;
  const wanted = strOf(p, 'DefaultVersionId');
  const list = versions[1];
  let i = list.findIndex((v) => isObj(v) && (propEntry(v, 'IsDefaultVersion')?.[1] === true || (wanted !== undefined && strOf(v, 'VersionId') === wanted)));
  if (i < 0 && list.length === 1) i = 0;
  const v = list[i];
  const doc = isObj(v) ? propEntry(v, 'Document') : undefined;
  return doc ? documentAt(doc[1], parsed, [...path, versions[0], i, doc[0]]) : undefined;
}

/**
 * Reads the copy role's policies. `copyRoleArn` (the copy job's IamRoleArn) filters a get-account-authorization-details
 * output to that role and flags get-role-policy outputs of other roles. Undefined when the paste holds none of the
 * shapes above.
 */
export function readRolePolicies(text: string | undefined, copyRoleArn?: string): RolePoliciesRead | undefined {
  try {
    const out = readOutput(text);
    const v = out.value;
    const read: RolePoliciesRead = { form: 'document', policies: [], attachedWithoutDocument: [], otherRoles: [] };
    const name = roleNameOf(copyRoleArn);
    const ctx: Ctx = { read, ...(out.parsed ? { parsed: out.parsed } : {}), ...(name ? { copyRoleName: name } : {}) };
    if (Array.isArray(v)) {
      read.form = 'list';
      const any = v.map((item, i) => readItem(item, [i], ctx)).some(Boolean);
      return any ? read : undefined;
    }
    if (!isObj(v)) return undefined;
    if (propEntry(v, 'RoleDetailList')) {
      read.form = 'authorization-details';
      readDetails(v, ctx, copyRoleArn?.trim());
      return read;
    }
    const attached = propEntry(v, 'AttachedPolicies');
    if (attached && Array.isArray(attached[1])) {
      read.form = 'attached-policies';
      for (const a of attached[1]) {
        if (!isObj(a) || !strOf(a, 'PolicyArn')) continue;
        const n = strOf(a, 'PolicyName');
        read.attachedWithoutDocument.push({ arn: strOf(a, 'PolicyArn') as string, ...(n ? { name: n } : {}) });
      }
      return read;
    }
    read.form = propEntry(v, 'PolicyDocument') ? 'get-role-policy' : propEntry(v, 'PolicyVersion') ? 'get-policy-version' : 'document';
    return readItem(v, [], ctx) ? read : undefined;
  } catch {
    return undefined;
  }
}

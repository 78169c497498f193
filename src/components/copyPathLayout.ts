// Where everything of the copy path picture goes, hand laid out for two widths: `wide` puts the source and
// destination accounts side by side under the management account; `narrow` stacks them. Pure geometry from the
// model and the words already translated, so a unit test can check that no label overlaps another, no arrow
// crosses a box it does not join, and no text runs out of its box, in both languages.
import type { CopyPath, PathAccountId, PathArrow, PathNodeId } from '../engine/report/copyPath';
import { STATUS_ORDER } from '../engine/report/order';
import type { Status } from '../engine/types';
import { textWidth, wrap, type Font } from './textMetrics';

export type Mode = 'wide' | 'narrow';

export interface Labels {
  account: Record<PathAccountId, { title: string; ids: string[] }>;
  node: Record<PathNodeId, { title: string; values: string[] }>;
  status: Record<Status, string>;
  check: (id: string) => string;
}

export type FontKey = 'heading' | 'ids' | 'title' | 'value' | 'status' | 'check' | 'band';

export const FONTS: Record<Mode, Record<FontKey, Font>> = {
  wide: {
    heading: { size: 15, bold: true },
    ids: { size: 13, mono: true },
    title: { size: 14, bold: true },
    value: { size: 13, mono: true },
    status: { size: 13.5, bold: true },
    check: { size: 13.5 },
    band: { size: 14, bold: true },
  },
  narrow: {
    heading: { size: 14, bold: true },
    ids: { size: 12.5, mono: true },
    title: { size: 13, bold: true },
    value: { size: 12.5, mono: true },
    status: { size: 13, bold: true },
    check: { size: 13 },
    band: { size: 13, bold: true },
  },
};

const lineHeight = (f: Font) => Math.round(f.size * 1.3 * 10) / 10;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextLine {
  text: string;
  font: FontKey;
  /** Baseline. */
  y: number;
  /** Left edge for `start`, centre for `middle`. */
  x: number;
  anchor: 'start' | 'middle';
  /** Estimated width, and the line's box (for the tests). */
  width: number;
  box: Rect;
}

export interface Box extends Rect {
  id: string;
  kind: 'account' | 'node' | 'band';
  lines: TextLine[];
  /** An outline other than the rectangle (the narrow layout's L-shaped band), and the rectangles it is made of. */
  path?: string;
  parts?: Rect[];
}

export interface Pill extends Rect {
  arrow: PathArrow;
  lines: TextLine[];
  /** Centre of the status icon. */
  icon: { x: number; y: number; r: number };
}

export interface Wire {
  id: string;
  /** The arrow's status; for arrows drawn as one line (several checks on one step), the worst of them. */
  status: Status;
  points: [number, number][];
  head: [number, number][];
  /** The arrows this line carries. */
  arrows: string[];
  /** The boxes it joins (it may touch these, and no other). */
  joins: string[];
}

export interface Layout {
  mode: Mode;
  width: number;
  height: number;
  boxes: Box[];
  wires: Wire[];
  pills: Pill[];
}

// ---- text blocks

interface Block {
  rows: { text: string; font: FontKey; width: number }[];
  width: number;
  height: number;
}

function block(mode: Mode, parts: { text: string; font: FontKey }[], max: number): Block {
  const rows = parts.flatMap((p) => wrap(p.text, max, FONTS[mode][p.font]).map((text) => ({ text, font: p.font, width: textWidth(text, FONTS[mode][p.font]) })));
  return {
    rows,
    width: Math.max(0, ...rows.map((r) => r.width)),
    height: rows.reduce((h, r) => h + lineHeight(FONTS[mode][r.font]), 0),
  };
}

function place(mode: Mode, b: Block, x: number, top: number, anchor: 'start' | 'middle'): TextLine[] {
  let y = top;
  return b.rows.map((r) => {
    const f = FONTS[mode][r.font];
    const lh = lineHeight(f);
    const line: TextLine = {
      text: r.text,
      font: r.font,
      x,
      y: Math.round((y + lh / 2 + f.size * 0.36) * 10) / 10,
      anchor,
      width: r.width,
      box: { x: anchor === 'middle' ? x - r.width / 2 : x, y, w: r.width, h: lh },
    };
    y += lh;
    return line;
  });
}

// ---- nodes and pills

const NODE_PAD_X = 10;
const NODE_PAD_Y = 8;
const PILL_PAD_X = 8;
const PILL_PAD_Y = 6;
const ICON = 15;
/** Space kept clear above and below a pill on its line, so the arrow shows on both sides of it. */
const SPACE = 14;
const HEAD = 10;

function nodeBlock(mode: Mode, labels: Labels, id: PathNodeId, w: number): Block {
  const n = labels.node[id];
  return block(mode, [{ text: n.title, font: 'title' }, ...n.values.map((text) => ({ text, font: 'value' as const }))], w - 2 * NODE_PAD_X);
}

const nodeHeight = (b: Block) => Math.max(44, Math.ceil(b.height + 2 * NODE_PAD_Y));

function nodeBox(mode: Mode, id: PathNodeId, b: Block, x: number, y: number, w: number, h: number): Box {
  const top = y + (h - b.height) / 2;
  return { id, kind: 'node', x, y, w, h, lines: place(mode, b, x + NODE_PAD_X, top, 'start') };
}

interface PillSize {
  arrow: PathArrow;
  status: Block;
  check: Block;
  w: number;
  h: number;
}

function pillSize(mode: Mode, labels: Labels, arrow: PathArrow, maxW: number): PillSize {
  const inner = maxW - 2 * PILL_PAD_X;
  const status = block(mode, [{ text: labels.status[arrow.status], font: 'status' }], inner - ICON - 6);
  const check = block(mode, [{ text: labels.check(arrow.check), font: 'check' }], inner);
  const w = Math.ceil(Math.min(maxW, Math.max(ICON + 6 + status.width, check.width) + 2 * PILL_PAD_X));
  const h = Math.ceil(Math.max(status.height, ICON) + check.height + 2 * PILL_PAD_Y);
  return { arrow, status, check, w, h };
}

function pillAt(mode: Mode, s: PillSize, cx: number, cy: number): Pill {
  const x = cx - s.w / 2;
  const y = cy - s.h / 2;
  const statusTop = y + PILL_PAD_Y;
  const statusH = Math.max(s.status.height, ICON);
  // The icon and the status word, centred together over the check's name.
  const left = cx - (ICON + 6 + s.status.width) / 2;
  return {
    arrow: s.arrow,
    x,
    y,
    w: s.w,
    h: s.h,
    icon: { x: left + ICON / 2, y: statusTop + statusH / 2, r: ICON / 2 },
    lines: [
      ...place(mode, s.status, left + ICON + 6, statusTop + (statusH - s.status.height) / 2, 'start'),
      ...place(mode, s.check, cx, statusTop + statusH, 'middle'),
    ],
  };
}

const worst = (arrows: PathArrow[]): Status =>
  arrows.map((a) => a.status).sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b))[0] ?? 'unknown';

/** A straight line from `a` to `b` with its head at `b` (the line stops at the head's base). */
function wire(id: string, arrows: PathArrow[], a: [number, number], b: [number, number], joins: string[]): Wire {
  const [x1, y1] = a;
  const [x2, y2] = b;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const base: [number, number] = [x2 - ux * HEAD, y2 - uy * HEAD];
  const half = 6;
  return {
    id,
    status: worst(arrows),
    points: [a, base],
    head: [b, [base[0] - uy * half, base[1] + ux * half], [base[0] + uy * half, base[1] - ux * half]],
    arrows: arrows.map((x) => x.id),
    joins,
  };
}

/** Pills of arrows drawn one after another on one line, from `start` to `end` (either direction, vertical). */
function seriesNeed(sizes: PillSize[]): number {
  return sizes.reduce((h, s) => h + s.h + SPACE, SPACE) + HEAD;
}

function seriesPills(mode: Mode, sizes: PillSize[], cx: number, from: number, to: number): Pill[] {
  const total = sizes.reduce((h, s) => h + s.h, 0);
  const top = Math.min(from, to);
  const gap = (Math.abs(to - from) - total) / (sizes.length + 1);
  let y = top + gap;
  return sizes.map((s) => {
    const p = pillAt(mode, s, cx, y + s.h / 2);
    y += s.h + gap;
    return p;
  });
}

/** An account's heading: its name, then its ID and Region on one line where they fit, else one line each. */
function accountBlock(mode: Mode, labels: Labels, id: PathAccountId, max: number): Block {
  const a = labels.account[id];
  const joined = a.ids.join(' · ');
  const ids = a.ids.length > 1 && textWidth(joined, FONTS[mode].ids) > max ? a.ids : a.ids.length ? [joined] : [];
  return block(mode, [{ text: a.title, font: 'heading' }, ...ids.map((text) => ({ text, font: 'ids' as const }))], max);
}

const MGMT_NODES: PathNodeId[] = ['organization', 'crossAccountSetting', 'organizationPolicies', 'tagPolicies'];

// ---- the two layouts

export function layoutCopyPath(path: CopyPath, labels: Labels, mode: Mode): Layout {
  return mode === 'wide' ? wide(path, labels) : narrow(path, labels);
}

const between = (path: CopyPath, from: PathNodeId, to: PathNodeId) => path.arrows.filter((a) => a.from === from && a.to === to);

function wide(path: CopyPath, labels: Labels): Layout {
  const mode: Mode = 'wide';
  const W = 800;
  const PAD = 12;
  const boxes: Box[] = [];
  const wires: Wire[] = [];
  const pills: Pill[] = [];

  // Management account: its four rules in a row, each with an arrow down to the band that stands for both accounts.
  const mHead = accountBlock(mode, labels, 'management', W - 2 * PAD);
  const nodeW = (W - 2 * PAD - 3 * 16) / 4;
  const mBlocks = MGMT_NODES.map((id) => nodeBlock(mode, labels, id, nodeW));
  const mNodeH = Math.max(...mBlocks.map(nodeHeight));
  const mNodesTop = PAD + mHead.height + 10;
  const mBottom = mNodesTop + mNodeH + PAD;
  const mArrows = MGMT_NODES.map((id) => path.arrows.find((a) => a.from === id));
  const mPills = mArrows.map((a) => (a ? pillSize(mode, labels, a, nodeW) : undefined));
  const mPillH = Math.max(0, ...mPills.map((p) => p?.h ?? 0));
  const bandTop = mBottom + SPACE + mPillH + SPACE + HEAD;
  const bandBlock = block(mode, [{ text: labels.node.memberAccounts.title, font: 'band' }], W - 2 * PAD);
  const bandH = Math.ceil(bandBlock.height + 12);
  boxes.push({ id: 'management', kind: 'account', x: 0, y: 0, w: W, h: mBottom, lines: place(mode, mHead, PAD, PAD, 'start') });
  MGMT_NODES.forEach((id, i) => {
    const x = PAD + i * (nodeW + 16);
    boxes.push(nodeBox(mode, id, mBlocks[i]!, x, mNodesTop, nodeW, mNodeH));
    const a = mArrows[i];
    const p = mPills[i];
    if (!a || !p) return;
    const cx = x + nodeW / 2;
    wires.push(wire(a.id, [a], [cx, mNodesTop + mNodeH], [cx, bandTop], [id, 'memberAccounts', 'management']));
    pills.push(pillAt(mode, p, cx, mBottom + SPACE + mPillH / 2));
  });
  boxes.push({ id: 'memberAccounts', kind: 'band', x: 0, y: bandTop, w: W, h: bandH, lines: place(mode, bandBlock, W / 2, bandTop + 6, 'middle') });

  // Source and destination accounts side by side; the steps between them cross the gap in the middle.
  const S = { x: 0, w: 360 };
  const D = { x: 560, w: 240 };
  const gapX = S.x + S.w;
  const gapW = D.x - gapX;
  const gapCx = gapX + gapW / 2;
  const sIn = { x: S.x + PAD, w: S.w - 2 * PAD };
  const dIn = { x: D.x + PAD, w: D.w - 2 * PAD };
  const top = bandTop + bandH + 14;
  const sHead = accountBlock(mode, labels, 'source', sIn.w);
  const dHead = accountBlock(mode, labels, 'destination', dIn.w);
  const headH = Math.max(sHead.height, dHead.height);

  // Row 1: the resource and the copy role (source), the vault key (destination).
  const halfW = (sIn.w - 12) / 2;
  const col = { resource: sIn.x + halfW / 2, copyRole: sIn.x + halfW + 12 + halfW / 2, source: sIn.x + sIn.w / 2, dest: dIn.x + dIn.w / 2 };
  const r1Top = top + PAD + headH + 12;
  const bRes = nodeBlock(mode, labels, 'resource', halfW);
  const bRole = nodeBlock(mode, labels, 'copyRole', halfW);
  const bVk = nodeBlock(mode, labels, 'vaultKey', dIn.w);
  const r1H = Math.max(nodeHeight(bRes), nodeHeight(bRole), nodeHeight(bVk));

  const resArrows = between(path, 'resource', 'sourceVault');
  const roleArrows = between(path, 'copyRole', 'sourceVault');
  const vkArrows = between(path, 'destinationVault', 'vaultKey');
  const resSizes = resArrows.map((a) => pillSize(mode, labels, a, halfW));
  const roleSizes = roleArrows.map((a) => pillSize(mode, labels, a, halfW));
  const vkSizes = vkArrows.map((a) => pillSize(mode, labels, a, dIn.w));
  const gap12 = Math.max(40, seriesNeed(resSizes), seriesNeed(roleSizes), seriesNeed(vkSizes));

  // Row 2: the two vaults, with one lane per step of the copy between them.
  const r2Top = r1Top + r1H + gap12;
  const bSv = nodeBlock(mode, labels, 'sourceVault', sIn.w);
  const bDv = nodeBlock(mode, labels, 'destinationVault', dIn.w);
  const lanes = between(path, 'sourceVault', 'destinationVault');
  const laneSizes = lanes.map((a) => pillSize(mode, labels, a, gapW - 20));
  const laneH = Math.max(0, ...laneSizes.map((s) => s.h)) + 10;
  const r2H = Math.max(nodeHeight(bSv), nodeHeight(bDv), lanes.length * laneH + 10);

  // Row 3: the source key and the destination's service-linked role that uses it.
  const skArrows = between(path, 'sourceVault', 'sourceKey');
  const skSizes = skArrows.map((a) => pillSize(mode, labels, a, sIn.w));
  const gap23 = Math.max(40, seriesNeed(skSizes));
  const r3Top = r2Top + r2H + gap23;
  const bSk = nodeBlock(mode, labels, 'sourceKey', sIn.w);
  const bSlr = nodeBlock(mode, labels, 'serviceRole', dIn.w);
  const slrArrows = between(path, 'serviceRole', 'sourceKey');
  const slrSizes = slrArrows.map((a) => pillSize(mode, labels, a, gapW - 20));
  const r3H = Math.max(nodeHeight(bSk), nodeHeight(bSlr), ...slrSizes.map((s) => s.h + 10));
  const bottom = r3Top + r3H + PAD;

  boxes.push({ id: 'source', kind: 'account', x: S.x, y: top, w: S.w, h: bottom - top, lines: place(mode, sHead, sIn.x, top + PAD, 'start') });
  boxes.push({ id: 'destination', kind: 'account', x: D.x, y: top, w: D.w, h: bottom - top, lines: place(mode, dHead, dIn.x, top + PAD, 'start') });
  boxes.push(nodeBox(mode, 'resource', bRes, sIn.x, r1Top, halfW, r1H));
  boxes.push(nodeBox(mode, 'copyRole', bRole, sIn.x + halfW + 12, r1Top, halfW, r1H));
  boxes.push(nodeBox(mode, 'vaultKey', bVk, dIn.x, r1Top, dIn.w, r1H));
  boxes.push(nodeBox(mode, 'sourceVault', bSv, sIn.x, r2Top, sIn.w, r2H));
  boxes.push(nodeBox(mode, 'destinationVault', bDv, dIn.x, r2Top, dIn.w, r2H));
  boxes.push(nodeBox(mode, 'sourceKey', bSk, sIn.x, r3Top, sIn.w, r3H));
  boxes.push(nodeBox(mode, 'serviceRole', bSlr, dIn.x, r3Top, dIn.w, r3H));

  const r1Bottom = r1Top + r1H;
  const vertical = (id: string, arrows: PathArrow[], sizes: PillSize[], x: number, y1: number, y2: number, joins: string[]) => {
    if (!arrows.length) return;
    wires.push(wire(id, arrows, [x, y1], [x, y2], joins));
    pills.push(...seriesPills(mode, sizes, x, y1, y2));
  };
  vertical('resource-sourceVault', resArrows, resSizes, col.resource, r1Bottom, r2Top, ['resource', 'sourceVault', 'source']);
  vertical('copyRole-sourceVault', roleArrows, roleSizes, col.copyRole, r1Bottom, r2Top, ['copyRole', 'sourceVault', 'source']);
  vertical('destinationVault-vaultKey', vkArrows, vkSizes, col.dest, r2Top, r1Bottom, ['destinationVault', 'vaultKey', 'destination']);
  vertical('sourceVault-sourceKey', skArrows, skSizes, col.source, r2Top + r2H, r3Top, ['sourceVault', 'sourceKey', 'source']);
  lanes.forEach((a, i) => {
    const y = r2Top + (r2H / lanes.length) * (i + 0.5);
    wires.push(wire(a.id, [a], [sIn.x + sIn.w, y], [dIn.x, y], ['sourceVault', 'destinationVault', 'source', 'destination']));
    pills.push(pillAt(mode, laneSizes[i]!, gapCx, y));
  });
  slrArrows.forEach((a, i) => {
    const y = r3Top + r3H / 2;
    wires.push(wire(a.id, [a], [dIn.x, y], [sIn.x + sIn.w, y], ['serviceRole', 'sourceKey', 'source', 'destination']));
    pills.push(pillAt(mode, slrSizes[i]!, gapCx, y));
  });

  return { mode, width: W, height: Math.ceil(bottom + 2), boxes, wires, pills };
}

function narrow(path: CopyPath, labels: Labels): Layout {
  const mode: Mode = 'narrow';
  const W = 360;
  const PAD = 10;
  const boxes: Box[] = [];
  const wires: Wire[] = [];
  const pills: Pill[] = [];

  // Management account: one rule a row, each with an arrow right to the band, which runs down the right edge and
  // turns under the box to stand for both accounts below.
  const BAND_W = 18;
  const mW = W - BAND_W - 8;
  const bandX = W - BAND_W;
  const mHead = accountBlock(mode, labels, 'management', mW - 2 * PAD);
  const nodeW = 136;
  // Pills stay inside the management box, clear of the node on their left and the box's edge on their right.
  const pillMax = mW - PAD - (PAD + nodeW) - 2 * 8;
  const pillCx = (PAD + nodeW + mW - PAD) / 2;
  let y = PAD + mHead.height + 10;
  const firstRow = y;
  const rows = MGMT_NODES.map((id) => {
    const b = nodeBlock(mode, labels, id, nodeW);
    const a = path.arrows.find((x) => x.from === id);
    const p = a ? pillSize(mode, labels, a, pillMax) : undefined;
    const h = Math.max(nodeHeight(b), p?.h ?? 0);
    const row = { id, b, a, p, top: y, h };
    y += h + 10;
    return row;
  });
  const mBottom = y - 10 + PAD;
  const bandTop = mBottom + 12;
  const bandBlock = block(mode, [{ text: labels.node.memberAccounts.title, font: 'band' }], W - 2 * PAD);
  const bandH = Math.ceil(bandBlock.height + 12);
  const bandBottom = bandTop + bandH;
  boxes.push({ id: 'management', kind: 'account', x: 0, y: 0, w: mW, h: mBottom, lines: place(mode, mHead, PAD, PAD, 'start') });
  for (const r of rows) {
    const nh = nodeHeight(r.b);
    const cy = r.top + r.h / 2;
    boxes.push(nodeBox(mode, r.id, r.b, PAD, cy - nh / 2, nodeW, nh));
    if (r.a && r.p) {
      wires.push(wire(r.a.id, [r.a], [PAD + nodeW, cy], [bandX, cy], [r.id, 'memberAccounts', 'management']));
      pills.push(pillAt(mode, r.p, pillCx, cy));
    }
  }
  boxes.push({
    id: 'memberAccounts',
    kind: 'band',
    x: 0,
    y: firstRow - 4,
    w: W,
    h: bandBottom - firstRow + 4,
    path: `M${bandX} ${firstRow - 4} H${W} V${bandBottom} H0 V${bandTop} H${bandX} Z`,
    parts: [
      { x: bandX, y: firstRow - 4, w: W - bandX, h: bandBottom - firstRow + 4 },
      { x: 0, y: bandTop, w: W, h: bandH },
    ],
    lines: place(mode, bandBlock, W / 2, bandTop + 6, 'middle'),
  });

  // Source account above the destination account; the steps between them run down (or up) two lanes.
  const inX = PAD;
  const inW = W - 2 * PAD;
  const halfW = (inW - 16) / 2;
  const left = { x: inX, cx: inX + halfW / 2 };
  const right = { x: inX + halfW + 16, cx: inX + halfW + 16 + halfW / 2 };
  const sTop = bandBottom + 14;
  const sHead = accountBlock(mode, labels, 'source', inW);
  const r1Top = sTop + PAD + sHead.height + 12;
  const bRes = nodeBlock(mode, labels, 'resource', halfW);
  const bRole = nodeBlock(mode, labels, 'copyRole', halfW);
  const r1H = Math.max(nodeHeight(bRes), nodeHeight(bRole));
  const resArrows = between(path, 'resource', 'sourceVault');
  const roleArrows = between(path, 'copyRole', 'sourceVault');
  const resSizes = resArrows.map((a) => pillSize(mode, labels, a, halfW));
  const roleSizes = roleArrows.map((a) => pillSize(mode, labels, a, halfW));
  const r2Top = r1Top + r1H + Math.max(36, seriesNeed(resSizes), seriesNeed(roleSizes));
  const bSv = nodeBlock(mode, labels, 'sourceVault', inW);
  const svH = nodeHeight(bSv);
  const svBottom = r2Top + svH;

  // Under the source vault: the copy's lane on the left (its checks one after another), and on the right the
  // source key with the step that encrypts with it above it and the service-linked role's step below it.
  const lanes = between(path, 'sourceVault', 'destinationVault');
  const laneSizes = lanes.map((a) => pillSize(mode, labels, a, halfW));
  const skArrows = between(path, 'sourceVault', 'sourceKey');
  const skSizes = skArrows.map((a) => pillSize(mode, labels, a, halfW));
  const slrArrows = between(path, 'serviceRole', 'sourceKey');
  const slrSizes = slrArrows.map((a) => pillSize(mode, labels, a, halfW));
  const bSk = nodeBlock(mode, labels, 'sourceKey', halfW);
  const skH = nodeHeight(bSk);
  const aboveKey = Math.max(28, seriesNeed(skSizes));
  const belowKey = Math.max(20, seriesNeed(slrSizes) - HEAD);
  const rightNeed = aboveKey + skH + belowKey;
  const leftNeed = seriesNeed(laneSizes) - HEAD;
  const region = Math.max(rightNeed, leftNeed);
  const skTop = svBottom + aboveKey + (region - rightNeed) / 2;
  const sBottom = svBottom + region + 4;

  const dTop = sBottom + 14;
  const dHeadMax = right.cx - left.cx - 2 * 12;
  const dHead = accountBlock(mode, labels, 'destination', dHeadMax);
  const r4Top = dTop + PAD + dHead.height + 12;
  const bDv = nodeBlock(mode, labels, 'destinationVault', halfW);
  const bSlr = nodeBlock(mode, labels, 'serviceRole', halfW);
  const r4H = Math.max(nodeHeight(bDv), nodeHeight(bSlr));
  const vkArrows = between(path, 'destinationVault', 'vaultKey');
  const vkSizes = vkArrows.map((a) => pillSize(mode, labels, a, halfW));
  const r5Top = r4Top + r4H + Math.max(36, seriesNeed(vkSizes));
  const bVk = nodeBlock(mode, labels, 'vaultKey', halfW);
  const vkH = nodeHeight(bVk);
  const dBottom = r5Top + vkH + PAD;

  boxes.push({ id: 'source', kind: 'account', x: 0, y: sTop, w: W, h: sBottom - sTop, lines: place(mode, sHead, inX, sTop + PAD, 'start') });
  boxes.push({ id: 'destination', kind: 'account', x: 0, y: dTop, w: W, h: dBottom - dTop, lines: place(mode, dHead, W / 2, dTop + PAD, 'middle') });
  boxes.push(nodeBox(mode, 'resource', bRes, left.x, r1Top, halfW, r1H));
  boxes.push(nodeBox(mode, 'copyRole', bRole, right.x, r1Top, halfW, r1H));
  boxes.push(nodeBox(mode, 'sourceVault', bSv, inX, r2Top, inW, svH));
  boxes.push(nodeBox(mode, 'sourceKey', bSk, right.x, skTop, halfW, skH));
  boxes.push(nodeBox(mode, 'destinationVault', bDv, left.x, r4Top, halfW, r4H));
  boxes.push(nodeBox(mode, 'serviceRole', bSlr, right.x, r4Top, halfW, r4H));
  boxes.push(nodeBox(mode, 'vaultKey', bVk, left.x, r5Top, halfW, vkH));

  const r1Bottom = r1Top + r1H;
  const line = (id: string, arrows: PathArrow[], x: number, y1: number, y2: number, joins: string[]) => {
    if (arrows.length) wires.push(wire(id, arrows, [x, y1], [x, y2], joins));
  };
  line('resource-sourceVault', resArrows, left.cx, r1Bottom, r2Top, ['resource', 'sourceVault', 'source']);
  pills.push(...(resArrows.length ? seriesPills(mode, resSizes, left.cx, r1Bottom, r2Top - HEAD) : []));
  line('copyRole-sourceVault', roleArrows, right.cx, r1Bottom, r2Top, ['copyRole', 'sourceVault', 'source']);
  pills.push(...(roleArrows.length ? seriesPills(mode, roleSizes, right.cx, r1Bottom, r2Top - HEAD) : []));
  line('sourceVault-destinationVault', lanes, left.cx, svBottom, r4Top, ['sourceVault', 'destinationVault', 'source', 'destination']);
  pills.push(...(lanes.length ? seriesPills(mode, laneSizes, left.cx, svBottom, sBottom - 4) : []));
  line('sourceVault-sourceKey', skArrows, right.cx, svBottom, skTop, ['sourceVault', 'sourceKey', 'source']);
  pills.push(...(skArrows.length ? seriesPills(mode, skSizes, right.cx, svBottom, skTop - HEAD) : []));
  line('serviceRole-sourceKey', slrArrows, right.cx, r4Top, skTop + skH, ['serviceRole', 'sourceKey', 'source', 'destination']);
  pills.push(...(slrArrows.length ? seriesPills(mode, slrSizes, right.cx, skTop + skH + HEAD, sBottom - 4) : []));
  line('destinationVault-vaultKey', vkArrows, left.cx, r4Top + r4H, r5Top, ['destinationVault', 'vaultKey', 'destination']);
  pills.push(...(vkArrows.length ? seriesPills(mode, vkSizes, left.cx, r4Top + r4H, r5Top - HEAD) : []));

  return { mode, width: W, height: Math.ceil(dBottom + 2), boxes, wires, pills };
}

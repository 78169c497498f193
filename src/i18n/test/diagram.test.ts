import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATH_NODE_IDS } from '../../engine/report/copyPath';
import { catalogs } from '../index';
import en_diagram from '../en/diagram';
import zh_diagram from '../zh-TW/diagram';


describe('copy path picture catalog', () => {
  const en: Record<string, string> = en_diagram;
  const zh: Record<string, string> = zh_diagram;

  it('names every node and account, and every key the picture uses is loaded with the engine catalogs', () => {
    for (const id of PATH_NODE_IDS) expect(en, id).toHaveProperty(`diagram.node.${id}`);
    for (const id of ['source', 'destination', 'management']) expect(en, id).toHaveProperty(`diagram.account.${id}`);
    const source = readFileSync(new URL('../../components/CopyPathDiagram.tsx', import.meta.url), 'utf8');
    const used = [...source.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(5);
    for (const k of used) {
      expect(catalogs.en[k], k).toBeDefined();
      expect(catalogs['zh-TW'][k], k).toBeDefined();
    }
  });

  it('writes zh-TW in Traditional Chinese as used in Taiwan', () => {
    for (const [k, v] of Object.entries(zh)) {
      expect(v, k).not.toMatch(/[帐账钥库这为设错误权组织区务问题检复标签说时间从们个对还没开关发现须应该经过选择处执据图单]/);
      expect(v, k).not.toMatch(/默認|默认|信息|數據|用戶|軟件|賬戶|策略|視頻|服務器/);
    }
  });
});

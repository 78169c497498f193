// A small typed message catalog: every part defines both languages with the same keys (TypeScript enforces it,
// and a unit test checks the merged catalogs too). Messages use {name} placeholders.
export function defineCatalog<const E extends Record<string, string>>(en: E, zhTW: { [K in keyof E]: string }) {
  return { en, 'zh-TW': zhTW } as const;
}

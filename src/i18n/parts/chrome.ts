// Words the header and the step frame need on every page, the start page included: the save-or-share button,
// the theme switch and walkthrough mode. Part of the eager catalog, so keep it short.
import { defineCatalog } from '../define';

export const chromeMessages = defineCatalog(
  {
    'app.saveShare': 'Save or share',
    'app.theme': 'Theme',
    'theme.system': 'System',
    'theme.light': 'Light',
    'theme.dark': 'Dark',
    'walkthrough.title': 'Walkthrough: {title}',
    'walkthrough.leave': 'Leave walkthrough',
    'walkthrough.generic.start': 'Every diagnosis starts here: with an error message, with a full walk through the checks, or with an example.',
    'walkthrough.generic.triage':
      'The copy job’s status message names the failing part more often than not. Copy Doctor matches it against every known message and starts with the checks it points to.',
    'walkthrough.generic.facts':
      'Both accounts and both Regions decide which checks apply, and they fill every command and corrected policy.',
    'walkthrough.generic.check': 'This step checks one cause of failed copies.',
    'walkthrough.generic.results':
      'The checklist: what passes, what fails and why, failures first in the order to fix them, each with its corrected document and commands.',
    'walkthrough.generic.examples': 'Each example is a real kind of failure, ready to load.',
  },
  {
    'app.saveShare': '儲存或分享',
    'app.theme': '佈景主題',
    'theme.system': '跟隨系統',
    'theme.light': '淺色',
    'theme.dark': '深色',
    'walkthrough.title': '導覽：{title}',
    'walkthrough.leave': '結束導覽',
    'walkthrough.generic.start': '每次診斷都從這裡開始：貼上錯誤訊息、逐一走過所有檢查，或載入範例。',
    'walkthrough.generic.triage': '複製任務的狀態訊息通常就指出了失敗的環節。Copy Doctor 會比對所有已知訊息，並從它指向的檢查開始。',
    'walkthrough.generic.facts': '兩個帳戶與兩個區域決定哪些檢查適用，也會填入每個指令與修正後的政策。',
    'walkthrough.generic.check': '這個步驟檢查造成複製失敗的其中一個原因。',
    'walkthrough.generic.results': '檢查清單：哪些通過、哪些失敗及原因，失敗項目依修正順序排在最前，並附上修正後的文件與指令。',
    'walkthrough.generic.examples': '每個範例都是真實的失敗類型，可直接載入。',
  },
);

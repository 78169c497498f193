// Words of the paste box that takes anything, on the start page. What it found, why and what looks wrong are in
// ./recognize, which arrives with the recognizer's chunk (and with the engine catalogs, for the tests and the CLI).
import { defineCatalog } from '../define';

export const anyPasteMessages = defineCatalog(
  {
    'anyPaste.title': 'Paste anything',
    'anyPaste.summary': 'Paste any output: we recognise it and put it where it belongs',
    'anyPaste.hint':
      'Command outputs, policies, error messages, a saved session or a gather bundle. Several at once is fine, with the prompts and commands around them. You see what each one is and where it goes before anything is added.',
    'anyPaste.label': 'Outputs to recognise',
    'anyPaste.files': 'Or choose files (you can also drop them on the box)',
    'anyPaste.loading': 'Reading what you pasted…',
    'anyPaste.tooLarge': 'This is more than 2 MB, far more than any set of outputs. Paste the outputs themselves.',
    'anyPaste.fileFailed': 'Could not read {name}.',
    'anyPaste.results': 'See the results',
  },
  {
    'anyPaste.title': '貼上任何內容',
    'anyPaste.summary': '貼上任何輸出：我們會辨識它，並放到該放的位置',
    'anyPaste.hint':
      '指令輸出、政策、錯誤訊息、已儲存的工作階段或收集套件皆可。可以一次貼上多份，連同周圍的提示字元與指令也沒關係。加入之前，您會先看到每一份是什麼、會放到哪裡。',
    'anyPaste.label': '要辨識的輸出',
    'anyPaste.files': '或選擇檔案（也可以把檔案拖放到輸入框）',
    'anyPaste.loading': '正在讀取您貼上的內容…',
    'anyPaste.tooLarge': '內容超過 2 MB，遠多於任何一組輸出。請只貼上輸出本身。',
    'anyPaste.fileFailed': '無法讀取 {name}。',
    'anyPaste.results': '查看結果',
  },
);

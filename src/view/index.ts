/** Views of recorded runs for people: the self-contained HTML page of `pikaci show --html`. */
export { runHtml, type RunHtmlInput, type LogText } from './run-html.js';
export { ansiToHtml } from './ansi.js';

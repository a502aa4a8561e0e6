import { formatToParts } from 'intl-messageformat/lib/src/formatters.js';
console.log(formatToParts);

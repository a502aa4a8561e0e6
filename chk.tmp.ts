import { getHazardLog } from './src/safety/index.ts';
const log = getHazardLog();
console.log(log.hazards.length, log.controls.length);

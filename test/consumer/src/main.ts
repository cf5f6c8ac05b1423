// `npm start -w @connectfi/consumer-fixture`: runs the round trip and prints what came back.
import { roundTrip } from './round-trip.js';

console.log(JSON.stringify(await roundTrip(), null, 2));

// World towns (see resources/worldCities.ts), built once when first required: callers load this module lazily.
import { WORLD_CITIES_TEXT } from '../resources/worldCities';
import { WordTable } from '../resources/wordTable';

/** Town names as written ("Mittweida", "Montélimar", "San Remo"). */
export const TOWNS: ReadonlySet<string> = WordTable.sorted(WORLD_CITIES_TEXT, '|');

/** What a vendor card's unit is called in sentences. */
import type { VendorUnit } from '../cards/rate-card-vendor';

export const UNIT_NAMES: Record<VendorUnit, string> = { 'kling-unit': 'units', 'app-credit': 'credits', usd: 'USD' };

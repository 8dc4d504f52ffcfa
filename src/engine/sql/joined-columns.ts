/** The columns `rp_joined` takes from the card tables: the chosen vendor card's row, and the span's cards. */

export const VENDOR_COLUMNS = [
  ...[
    'basis',
    'label',
    'offer_words',
    'offer_words_json',
    'offer_min',
    'offer_max',
    'r_480p',
    'r_720p',
    'r_1080p',
    'r_4k',
  ],
  ...['rates_offered', 'floor_units'],
];
export const EPOCH_COLUMNS = [
  ...['internal_card', 'rounding', 'billed_resolution', 'clamp_min', 'clamp_max', 'vendor_card', 'vendor_reason'],
  ...['vendor_title', 'vendor_unit', 'unit_name', 'approximate', 'tier_by', 'package_id', 'unit_price'],
  ...['unit_price_text', 'clamp_min_text', 'clamp_max_text', 'unknown_model_text', 'vendor_title_json'],
  ...['chosen_pos', 'package_code', 'package_message', 'package_when_priced'],
];

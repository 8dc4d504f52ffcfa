/** The command line's help text (`--help`, and after a flag the parser refuses). */
const JSONL_REDIRECTS = '< envelopes.jsonl > priced.jsonl';

export const USAGE = `Usage:
  npm run --silent quote -- --model NAME --duration SECONDS [--mode std|pro] [--resolution 480p|720p|1080p|4k]
                            [--input text|image|multi-image|video|chisel] [--audio] [--honor-resolution]
                            [--vendor-card ID] [--package ID] [--as-of YYYY-MM-DD] [--json]
  npm run --silent quote -- --jsonl [--honor-resolution] [--vendor-card ID] [--package ID] [--as-of YYYY-MM-DD]
                            ${JSONL_REDIRECTS}
  npm run --silent quote -- --alternatives --duration SECONDS [--resolution R] [--input T] [--audio]
                            [--order cheapest-vendor|best-margin|quality] [--max-usd PRICE] [--json]
  npm run --silent quote -- --service ID [--duration SECONDS] [--count N] [--package ID] [--json]
  npm run --silent quote -- --estimate FILE.json [--as-of YYYY-MM-DD] [--json]
  npm run --silent quote -- --margin-map --duration SECONDS [--package ID] [--target PCT]
                            [--resolutions 720p,1080p] [--audio on|off] [--as-of YYYY-MM-DD] [--json]
  npm run --silent quote -- --list-cards

  --json              print the quote as one JSON object (the same object as one --jsonl line)
  --jsonl             price one request envelope per input line; one JSON line out per line in
  --honor-resolution  charge at the requested resolution instead of billing's 720p
  --vendor-card ID    the vendor card to use (default: kling-official-units)
  --package ID        the prepaid package whose unit price applies (default: the card's list price)
  --alternatives      every model × mode that can make the clip, ranked; the others with the reason
  --order             ranking for --alternatives (default cheapest-vendor; quality is seed 004's tier rule)
  --max-usd PRICE     with --alternatives: the most a clip may cost (internal price as billed)
  --service ID        a seed 003 service (lip-sync, video-extension-pro, text-to-audio, kolors-text-to-image, …);
                      --duration for lip-sync and audio, --count for tasks or images
  --as-of DATE        price with the cards in force on this UTC date (default: today); a --jsonl line with
                      created_at is priced as of its own instant, and one with charged_usd or
                      final_unit_deduction is checked against it ("reconcile")
  --rate-cards DIR    read the rate cards from DIR instead of the repository's rate-cards/
  --threads N         worker threads for --jsonl (default: one per core, none for a file under 24 MiB;
                      1 prices in this thread)
  --estimate FILE     price a customer estimate (SPEC §9): lines of clips and services, a discount, 1–12 months,
                      and the prepaid packages for all of them; a table, or SPEC's JSON with --json
  --margin-map        every model × mode × resolution × input × audio that both the internal card and the
                      vendor card price at --duration: our price as billed, the vendor cost at --package, the
                      margin against --target; per model the least multiplier that meets it (SPEC §10)
  --target PCT        with --margin-map: the margin target, 0 to 99.99 percent (default 30; 0 is break-even)
  --resolutions LIST  with --margin-map: only these resolutions, separated by commas (default all)
  --audio on|off      with --margin-map: only the cells with (on) or without (off) audio (default both)
  --list-cards        list the loaded rate cards and packages`;

#!/bin/sh
# Builds the libFuzzer targets (ASan + libFuzzer) and runs one for a set time.
#   Tests/Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
# Targets: FuzzHoldingsReader FuzzOFACLists FuzzRules FuzzWaivers FuzzIdentifiers FuzzNameNormalizer
# Seeds are copied from Portfolios/, Rules/, Tests/OpsLensCLITests/BadInput and ../shared/data into
# .build/corpus/TARGET (kept between runs, so each run starts where the last one stopped);
# crashes, hangs (> 10 s per input) and leaks are written to .build/artifacts/TARGET/.
# Replay one: .build/debug/TARGET .build/artifacts/TARGET/crash-...
set -eu
target=${1:?usage: run.sh TARGET SECONDS}
seconds=${2:?usage: run.sh TARGET SECONDS}
shift 2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared="$root/../shared/data"
cd "$here"
swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$target" 2>&1 \
    | grep -v "Cannot export local symbol" >&2 || true
corpus=".build/corpus/$target"
artifacts=".build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
seed() { for file in "$@"; do [ -f "$file" ] && head -c 65536 "$file" > "$corpus/seed-$(basename "$(dirname "$file")")-$(basename "$file")"; done; return 0; }
case "$target" in
    FuzzHoldingsReader) seed "$root"/Portfolios/*.csv "$root"/Tests/OpsLensCLITests/BadInput/*.csv "$shared"/holdings/*.csv ;;
    FuzzOFACLists)
        for set in "$shared"/ofac/sdn-small-2025-05; do
            { head -c 8000 "$set/sdn.csv"; printf '\n#####\n'; head -c 4000 "$set/sdn_comments.csv"; printf '\n#####\n'
              head -c 4000 "$set/alt.csv"; printf '\n#####\n'; head -c 4000 "$set/add.csv"; } > "$corpus/seed-sdn-small"
        done
        { printf '\001'; head -c 8000 "$shared/ofac/cons-2025-12/cons_prim.csv"; printf '\n#####\n'
          head -c 4000 "$shared/ofac/cons-2025-12/cons_comments.csv"; } > "$corpus/seed-cons" ;;
    FuzzRules)
        for rule in "$root"/Rules/rules/*.yaml; do
            for list in "$root"/Rules/lists/*.yaml; do
                { cat "$rule"; printf '\n---8<---\n'; cat "$list"; } > "$corpus/seed-$(basename "$rule" .yaml)-$(basename "$list" .yaml)"
            done
        done ;;
    FuzzWaivers) seed "$root"/Rules/waivers.yaml
        printf 'delimiter: ";"\ndecimalSeparator: ","\nheaderLine: 3\ncolumns:\n  ticker: Sec Code\n  name: 2\n' > "$corpus/seed-mapping" ;;
    FuzzIdentifiers)
        n=0
        for code in US0378331005 037833100 0263494 BBG000B9XRY4 549300E9PC51EN656011 '700|HKEX' '0020|XHKG' '1211|Tadawul' \
                    '600519|Shanghai Stock Exchange' '005930|KRX' 'AAPL|NASDAQ' 'BRK.B|New York Stock Exchange' '7203 JP' 'VOD LN'; do
            n=$((n + 1)); printf '%s' "$code" > "$corpus/seed-$n"
        done ;;
    FuzzNameNormalizer)
        n=0
        for name in 'SENSETIME GROUP INC CLASS B' 'TENCENT HOLDINGS LTD' "O'REILLY AUTOMOTIVE INC" 'AKTIENGESELLSCHAFT FÜR ANLAGEN' \
                    'ОАО ГАЗПРОМ' 'BANK ROSSIYA PJSC' 'CHINA MOBILE LTD-H' 'S.A. DE C.V. GRUPO TELEVISA' 'ABC CO., LTD.'; do
            n=$((n + 1)); printf '%s' "$name" > "$corpus/seed-$n"
        done ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac
exec ".build/debug/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" "$corpus"

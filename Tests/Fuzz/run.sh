#!/bin/sh
# Builds the libFuzzer targets (ASan + libFuzzer) and runs one for a set time.
#   Tests/Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags]
# Targets: FuzzHoldingsReader FuzzOFACLists FuzzRules FuzzWaivers FuzzIdentifiers FuzzNameNormalizer FuzzOrders
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
# SwiftPM can keep planning the root package with the source files it saw last time (files
# added since, even a folder of them, then fail to be found); dropping the cached build
# description makes it plan again.
rm -f .build/debug.yaml .build/*/debug/description.json
swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product "$target" \
    > .build/build-"$target".log 2>&1 || { grep -v "Cannot export local symbol" .build/build-"$target".log >&2; exit 1; }
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
    FuzzOrders)
        printf '%s\n' 'BUY 1000 0020 HK' 'SELL 500 US0378331005 id=T-42 account=GLOBAL-EQ-02 date=2022-03-01 price=4.2 currency=HKD' \
            'SHORT 1,000.5 XHKG:20' 'COVER 10 0020.HK' 'REINVEST 12.5 037833100' 'BUY 100 "SenseTime Group ""B"""' \
            'SELL 5 BBG000B9XRY4' 'BUY 1 2046251' '# a comment' '' > "$corpus/seed-short-form"
        printf '%s\n' '{"side":"SELL","quantity":500,"security":"US0378331005","id":"T-42"}' \
            '{"side":"BUY","quantity":"1,000","name":"SenseTime Group","tradeDate":"2022-12-10","price":4.2}' \
            '{"side":"COVER","qty":250,"security":"XHKG:20","orderId":"T-9","currency":"hkd","portfolio":null}' > "$corpus/seed-json"
        printf '%s\r\n' 'Order ID,Account,Side,Qty,Security,Trade Date,Price,Currency' 'T-1,GLOBAL-EQ-01,BUY,"1,000",0020 HK,2022-02-08,4.5,HKD' \
            'T-2,GLOBAL-EQ-02,SELL,500,US0378331005,2022-12-11,,' 'T-3,,SHORT,10,"""SenseTime Group""",,,' > "$corpus/seed-csv"
        printf 'Side;Quantity;Name;Account\nBUY;100;SenseTime Group;A\nSELL;x;Apple Inc;B\n' > "$corpus/seed-csv-semicolon" ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac
LSAN_OPTIONS="suppressions=$here/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
exec ".build/debug/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" "$corpus"

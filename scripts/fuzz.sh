#!/usr/bin/env bash
# Long mutation-fuzz run of the real binary (docs/RELIABILITY.md, "Fuzzing").
#
#   scripts/fuzz.sh [COUNT] [SEED]       COUNT mutated files per format (default 1500), SEED (default 15)
#
# Each mutated CSV and vCard file is imported (for real, not a dry run) into a demo book by the
# release binary under `timeout` and `prlimit` (per file: FUZZ_TIME_LIMIT seconds, default 20,
# FUZZ_MEMORY_MB address space, default 4096). A finding is an exit by a signal or a code above
# 2, a timeout, or a failed import (exit 1 or 2) that changed the book's files. Findings are
# copied to $FUZZ_OUT/findings (default .build/fuzz). Then, when this toolchain's
# `swiftc -sanitize=fuzzer` works, the libFuzzer target Fuzz/CSVReaderFuzzTarget.swift runs
# for FUZZ_LIBFUZZER_SECONDS (default 120; 0 skips it).
# Needs: a Swift toolchain, python3 (makes the mutations), timeout and prlimit (util-linux).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-1500}
seed=${2:-15}
time_limit=${FUZZ_TIME_LIMIT:-20}
memory_mb=${FUZZ_MEMORY_MB:-4096}
libfuzzer_seconds=${FUZZ_LIBFUZZER_SECONDS:-120}
out=${FUZZ_OUT:-.build/fuzz}

for tool in python3 timeout prlimit swift; do
    command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool is needed" >&2; exit 2; }
done

swift build -c release --product rapport >/dev/null
binary=$(swift build -c release --show-bin-path)/rapport
rm -rf "$out"
mkdir -p "$out/inputs" "$out/findings"
export SWIFT_BACKTRACE=enable=no

# Seeds written here, realistic exports, then mutated deterministically (bit flips, format
# bytes, repeated and deleted ranges, tokens, truncation), at most 256 KB each.
python3 - "$out/inputs" "$count" "$seed" <<'PY'
import os, random, sys
folder, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
csv_seeds = {
    "contacts": "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Birthday,Labels\r\n"
                "Giulia,Rossi,* Work,giulia@rossi.it,+39 333 123 4567,Tessitura Rossi,1980-04-03,vip ::: * myContacts\r\n"
                "Zoé,\"Lefèvre, \"\"Z\"\"\",Home,zoe@x.fr,,\"Multi\nline\",03/04/1990,\r\n",
    "opportunities": "title,email,company,stage,status,amount,currency,probability,expected_close\r\n"
                     "Annual licence,giulia@rossi.it,Rossi,Proposal,open,\"12.000,50\",EUR,40%,2026-12-01\r\n'=1+1,,,,won,-12.50,,,\r\n",
    "activities": "email,type,channel,direction,date,due,time,done,summary,notes\r\n"
                  "giulia@rossi.it,call,,,,2026-11-23,09:30,no,Follow-up,\r\nzoe@x.fr,,email,in,2026-11-20T10:00:00Z,,,,Asked,\r\n",
    "purchases": "email,date,amount,currency,product,category\r\ngiulia@rossi.it,2026-11-01,99.90,EUR,Scarf,textiles\r\n",
}
vcard_seeds = [
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Giulia;;;\r\nFN:Giulia Rossi\r\nEMAIL;TYPE=INTERNET,WORK,PREF:giulia@rossi.it\r\n"
    "TEL;TYPE=CELL:+39 333 123 4567\r\nORG:Tessitura Rossi\r\nNOTE:first\\nsecond\\, comma\r\n  folded\r\n"
    "ADR;TYPE=WORK:;;Via Roma 1;Milano;MI;20100;Italy\r\nBDAY:1980-04-03\r\nCATEGORIES:vip,clients\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Lef=C3=A8vre;Zo=C3=A9;;;\r\n"
    "EMAIL;INTERNET:zoe@x.fr\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n AAAQABAAD\r\n\r\n"
    "AGENT:BEGIN:VCARD\r\nFN:Agent\r\nEND:VCARD\r\nEND:VCARD\r\n",
]
interesting = [0, 10, 13, 9, 32, 34, 39, 44, 59, 58, 61, 92, 27, 7, 127, 128, 155, 194, 195, 226, 239, 187, 191, 254, 255]
tokens = [b"\r\n", b"\r\n ", b'""', b'","', b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"ENCODING=QUOTED-PRINTABLE:", b"=\r\n",
          b"\\n", b";;;;", "\u202e".encode(), b"'=1+1", "\ufeff".encode(), b"\x00" * 64]
rng = random.Random(seed)
def mutate(data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        p = rng.randrange(len(data)) if data else 0
        op = rng.randrange(8)
        if op == 0 and data: data[p] ^= 1 << rng.randrange(8)
        elif op == 1 and data: data[p] = rng.choice(interesting)
        elif op == 2: data[p:p] = bytes(rng.choice(interesting) for _ in range(rng.randint(1, 4)))
        elif op == 3 and data: del data[p:p + rng.randint(1, 64)]
        elif op == 4 and data: piece = data[p:p + rng.randint(1, 16)]; data[p:p] = piece * rng.randint(2, 5000)
        elif op == 5 and data: del data[p:]
        elif op == 6: data[p:p] = rng.choice(tokens)
        elif len(data) > 2: c = rng.randrange(len(data)); data = data[c:] + data[:c]
        del data[256 * 1024:]
    return bytes(data)
kinds = list(csv_seeds)
for i in range(count):
    kind = kinds[i % len(kinds)]
    open(os.path.join(folder, f"csv-{i:05d}-{kind}.csv"), "wb").write(mutate(csv_seeds[kind].encode()))
    open(os.path.join(folder, f"vcard-{i:05d}.vcf"), "wb").write(mutate(vcard_seeds[i % len(vcard_seeds)].encode()))
PY

book="$out/book"
"$binary" demo --out "$book" --size small --seed 7 --as-of 2026-11-22 >/dev/null
# Every file of the book (the journal may not exist yet).
book_hash() { (cd "$book" && { cat ./*.json ./journal.jsonl 2>/dev/null || true; } | cksum); }

declare -A outcome=([ok]=0 [refused]=0 [usage]=0 [crash]=0 [timeout]=0 [changed]=0)
peak_kb=0
files=0
for input in "$out"/inputs/*; do
    files=$((files + 1))
    name=$(basename "$input")
    if [[ $name == csv-* ]]; then
        kind=${name##*-}; kind=${kind%.csv}
        command=(import csv "$input" --kind "$kind")
    else
        command=(import vcard "$input")
    fi
    before=$(book_hash)
    set +e
    /usr/bin/time -f "%M" -o "$out/time.txt" timeout -s KILL "$time_limit" \
        prlimit --as=$((memory_mb * 1024 * 1024)) -- "$binary" "${command[@]}" --data "$book" >/dev/null 2>"$out/stderr.txt"
    status=$?
    set -e
    kb=$(tail -1 "$out/time.txt" | tr -dc 0-9); kb=${kb:-0}
    (( kb > peak_kb )) && peak_kb=$kb
    case $status in
        0) outcome[ok]=$((outcome[ok] + 1)) ;;
        1|2)
            if [[ $status == 1 ]]; then outcome[refused]=$((outcome[refused] + 1)); else outcome[usage]=$((outcome[usage] + 1)); fi
            if [[ $(book_hash) != "$before" ]]; then outcome[changed]=$((outcome[changed] + 1)); cp "$input" "$out/findings/"; fi ;;
        137) outcome[timeout]=$((outcome[timeout] + 1)); cp "$input" "$out/findings/" ;;
        *) outcome[crash]=$((outcome[crash] + 1)); cp "$input" "$out/findings/"; echo "exit $status: $name" >&2 ;;
    esac
done
echo "binary run: $files files; imported $((outcome[ok])), refused (exit 1) $((outcome[refused])), usage (exit 2) $((outcome[usage])),"
echo "  crashes (signal or exit > 2) $((outcome[crash])), timeouts (${time_limit} s) $((outcome[timeout])),"
echo "  failed imports that changed the book $((outcome[changed])); peak memory $((peak_kb / 1024)) MB"

findings=$((outcome[crash] + outcome[timeout] + outcome[changed]))
if (( libfuzzer_seconds > 0 )); then
    fuzzer="$out/csv-fuzzer"
    if swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name CSVFuzz Fuzz/CSVReaderFuzzTarget.swift \
        Sources/RapportCore/Formats/CSV/*.swift -o "$fuzzer" 2>"$out/libfuzzer-build.txt"; then
        mkdir -p "$out/corpus"
        cp "$out"/inputs/csv-0000* "$out/corpus/" 2>/dev/null || true
        set +e
        (cd "$out" && ./csv-fuzzer -max_total_time="$libfuzzer_seconds" -max_len=65536 -rss_limit_mb="$memory_mb" -timeout=10 corpus \
            > libfuzzer.txt 2>&1)
        status=$?
        set -e
        runs=$(grep -o "Done [0-9]* runs" "$out/libfuzzer.txt" | tr -dc 0-9)
        if [[ $status == 0 ]]; then
            echo "libFuzzer (CSV reader and writer, ASan): ${runs:-?} runs in ${libfuzzer_seconds} s, no finding"
        else
            findings=$((findings + 1))
            echo "libFuzzer found a problem (see $out/libfuzzer.txt):"; ls "$out"/crash-* "$out"/timeout-* "$out"/oom-* 2>/dev/null
        fi
    else
        echo "libFuzzer skipped: swiftc -sanitize=fuzzer failed (see $out/libfuzzer-build.txt)"
    fi
fi
exit $(( findings > 0 ? 1 : 0 ))

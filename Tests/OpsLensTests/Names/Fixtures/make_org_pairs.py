#!/usr/bin/env python3
"""Generates the labelled organisation-name pairs in org-pairs-tuning.csv and org-pairs-heldout.csv.

Run from the package root with the shared data beside it:

    python3 Tests/OpsLensTests/Names/Fixtures/make_org_pairs.py ../shared/data

Sources (real names only; every variation is applied to a real name):
- OFAC SDN 2021-07 and Consolidated 2025-12: each organisation's name against its aliases (`alias`,
  `former-name`), different organisations that share a distinctive word (`hard-negative`);
- the iShares ACWI and EEM holdings: different issuers that share a word (`issuer-distinct`);
- variations of list and market names of the kinds issue #11 lists (joined and split words, legal forms
  written otherwise, typos anywhere, number words, acronyms, Cyrillic, look-alike letters, qualifiers,
  punctuation) and precision traps (a subsidiary or branch against its parent, one word that changes the
  entity, different numbers).

The split is by entity (or issuer): an entity's pairs are all in the tuning part or all in the held-out
part (a third, by a hash of its key), so the held-out part tests names never tuned on. Deterministic:
the same data gives the same files.
"""
import csv
import hashlib
import os
import random
import re
import sys

import yaml

DATA = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
OUT = os.path.dirname(os.path.abspath(__file__))
PER_KIND = 300  # synthetic pairs per kind, before the split


def stable(text):
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16)


def held_out(group):
    return stable(group) % 3 == 0


def read_csv(path, encoding="utf-8"):
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        return list(csv.reader(handle))


def clean(field):
    return field.strip().strip('"').strip()


# --- list organisations -------------------------------------------------------------------------
entities = {}  # key -> {"name": ..., "aliases": [(type, name)]}
for folder, prim, alt in [("ofac/sdn-2021-07", "sdn.csv", "alt.csv"), ("ofac/cons-2025-12", "cons_prim.csv", "cons_alt.csv")]:
    list_id = folder.split("/")[1]
    for row in read_csv(os.path.join(DATA, folder, prim), "latin-1"):
        if len(row) < 3 or clean(row[2]) not in ("-0-", ""):
            continue
        entities[f"{list_id}:{clean(row[0])}"] = {"name": clean(row[1]), "aliases": []}
    for row in read_csv(os.path.join(DATA, folder, alt), "latin-1"):
        key = f"{list_id}:{clean(row[0])}" if row else None
        if key in entities and len(row) >= 4:
            entities[key]["aliases"].append((clean(row[2]), clean(row[3])))

org_names = sorted({e["name"] for e in entities.values()})

# --- iShares issuers ------------------------------------------------------------------------------
issuers = set()
for file in sorted(os.listdir(os.path.join(DATA, "holdings"))):
    rows = read_csv(os.path.join(DATA, "holdings", file), "utf-8-sig")
    header = next(i for i, r in enumerate(rows) if r[:2] == ["Ticker", "Name"])
    for row in rows[header + 1:]:
        if len(row) > 3 and row[3] == "Equity" and row[1].strip():
            issuers.add(row[1].strip())
issuers = sorted(issuers)

# --- legal forms (rigour org_types.yml, MIT) -------------------------------------------------------
org_types = yaml.safe_load(open(os.path.join(DATA, "names", "org_types.yml"), encoding="utf-8"))["types"]
form_spellings = {}  # folded spelling -> all spellings of its type
for org_type in org_types:
    spellings = [s for s in org_type.get("aliases", []) if s and all(ord(c) < 0x250 for c in s)]
    for spelling in spellings:
        form_spellings.setdefault(spelling.upper().replace(".", "").replace(",", ""), spellings)

STOP = {"OF", "THE", "AND", "FOR", "DE", "DEL", "LA", "LE", "&"}
GENERIC = {"CO", "COMPANY", "CORP", "CORPORATION", "LTD", "LIMITED", "INC", "LLC", "GROUP", "HOLDING", "HOLDINGS",
           "INTERNATIONAL", "BANK", "TRADING", "INDUSTRIAL", "INDUSTRIES", "SA", "S.A.", "CHINA", "NATIONAL", "GENERAL",
           "SERVICES", "TECHNOLOGY", "ENTERPRISES", "DE", "C.V.", "S.A", "PLC", "AG", "GMBH", "JSC", "OJSC", "LLP"}


def words(name):
    return re.findall(r"[A-Z0-9]+", name.upper())


def pairs_out():
    return {"tuning": [], "heldout": []}


out = pairs_out()
seen = set()


def add(kind, name1, name2, is_match, group):
    if not name1 or not name2 or name1 == name2 and not is_match:
        return
    key = (name1, name2)
    if key in seen:
        return
    seen.add(key)
    out["heldout" if held_out(group) else "tuning"].append((name1, name2, 1 if is_match else 0, kind))


rng = random.Random(11)

# Real aliases.
alias_pairs, former_pairs = [], []
for key, entity in sorted(entities.items()):
    for alias_type, alias in entity["aliases"]:
        if alias.upper() == entity["name"].upper():
            continue
        (former_pairs if alias_type in ("fka", "nka") else alias_pairs).append((entity["name"], alias, key))
for kind, pool, count in [("alias", alias_pairs, 900), ("former-name", former_pairs, 150)]:
    for name1, name2, key in rng.sample(pool, min(count, len(pool))):
        add(kind, name1, name2, True, key)

# Hard non-matches: different list organisations sharing a distinctive word.
frequency = {}
for name in org_names:
    for word in set(words(name)):
        frequency[word] = frequency.get(word, 0) + 1
by_word = {}
for key, entity in sorted(entities.items()):
    for word in set(words(entity["name"])):
        if len(word) >= 4 and word not in GENERIC and 2 <= frequency.get(word, 0) <= 30:
            by_word.setdefault(word, []).append(key)
all_names = {key: {tuple(words(entity["name"]))} | {tuple(words(a)) for _, a in entity["aliases"]} for key, entity in entities.items()}
hard = []
for word, keys in sorted(by_word.items()):
    for a, b in zip(keys, keys[1:]):
        if all_names[a] & all_names[b]:
            continue  # the same name listed twice is not a non-match
        hard.append((entities[a]["name"], entities[b]["name"], a))
for name1, name2, key in rng.sample(hard, min(900, len(hard))):
    add("hard-negative", name1, name2, False, key)

# Different iShares issuers that share a word.
issuer_by_word = {}
for issuer in issuers:
    for word in set(words(issuer)):
        if len(word) >= 3 and word not in GENERIC:
            issuer_by_word.setdefault(word, []).append(issuer)
distinct = []
for word, names in sorted(issuer_by_word.items()):
    for a, b in zip(names, names[1:]):
        wa, wb = words(a), words(b)
        if wa[:2] == wb[:2] or wa[0] == wb[0] and (len(wa) == 1 or len(wb) == 1):
            continue  # share classes of one issuer (ALPHABET INC CLASS A / C)
        distinct.append((a, b, a))
for name1, name2, key in rng.sample(distinct, min(500, len(distinct))):
    add("issuer-distinct", name1, name2, False, key)

# --- variations of real names ---------------------------------------------------------------------
base_names = [n for n in org_names if 2 <= len(words(n)) <= 8 and len(n) <= 70] + [i for i in issuers if len(words(i)) >= 2]


def distinctive_words(name):
    return [w for w in name.split() if re.fullmatch(r"[A-Z]{5,}", w) and w not in GENERIC]


def joined(name):
    parts = name.split()
    spots = [i for i in range(len(parts) - 1) if parts[i].isalpha() and parts[i + 1].isalpha() and parts[i] not in STOP and len(parts[i]) >= 3]
    if not spots:
        return None
    i = rng.choice(spots)
    return " ".join(parts[:i] + [parts[i] + parts[i + 1]] + parts[i + 2:])


def split(name):
    parts = name.split()
    long = [i for i, p in enumerate(parts) if re.fullmatch(r"[A-Z]{8,}", p)]
    if not long:
        return None
    i = rng.choice(long)
    cut = rng.randint(3, len(parts[i]) - 3)
    return " ".join(parts[:i] + [parts[i][:cut], parts[i][cut:]] + parts[i + 1:])


def legal_variant(name):
    upper = name.upper().replace(",", "")
    for length in (5, 4, 3, 2, 1):
        tail = " ".join(upper.split()[-length:]).replace(".", "")
        if tail in form_spellings and len(upper.split()) > length:
            options = [s for s in form_spellings[tail] if s.upper().replace(".", "") != tail]
            if options:
                head = " ".join(name.replace(",", "").split()[:-length])
                return f"{head} {rng.choice(options)}"
    return None


def typo(name):
    candidates = distinctive_words(name)
    if not candidates:
        return None
    word = rng.choice(candidates)
    i = rng.randrange(len(word))
    letters = "ABCDEFGHIJKLMNOPRSTUVWYZ"
    edit = rng.choice(["sub", "del", "ins", "swap"])
    if edit == "sub":
        new = word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1:]
    elif edit == "del":
        new = word[:i] + word[i + 1:]
    elif edit == "ins":
        new = word[:i] + rng.choice(letters) + word[i:]
    else:
        i = min(i, len(word) - 2)
        new = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return name.replace(word, new, 1) if new != word else None


NUMBERS = {"1": "ONE", "2": "TWO", "3": "THREE", "4": "FOUR", "5": "FIVE", "7": "SEVEN", "10": "TEN", "12": "TWELVE",
           "20": "TWENTY", "44": "FORTY-FOUR", "21": "TWENTY ONE", "100": "ONE HUNDRED"}
ORDINALS = {"1ST": "FIRST", "2ND": "SECOND", "3RD": "THIRD", "4TH": "FOURTH", "5TH": "FIFTH", "10TH": "TENTH", "21ST": "TWENTY-FIRST"}


def number_variant(name):
    for digits, word in list(NUMBERS.items()) + list(ORDINALS.items()):
        if re.search(rf"\b{digits}\b", name):
            return re.sub(rf"\b{digits}\b", word, name, count=1)
    return None


def acronym(name):
    parts = [p for p in re.findall(r"[A-Z]+", name.upper()) if p not in STOP]
    if not 4 <= len(parts) <= 7:
        return None  # three letters stand for too many names to be a test
    return "".join(p[0] for p in parts)


LATIN_TO_CYRILLIC = [("SHCH", "Щ"), ("ZH", "Ж"), ("KH", "Х"), ("TS", "Ц"), ("CH", "Ч"), ("SH", "Ш"), ("YU", "Ю"), ("YA", "Я"),
                     ("A", "А"), ("B", "Б"), ("V", "В"), ("G", "Г"), ("D", "Д"), ("E", "Е"), ("Z", "З"), ("I", "И"), ("Y", "Й"),
                     ("K", "К"), ("L", "Л"), ("M", "М"), ("N", "Н"), ("O", "О"), ("P", "П"), ("R", "Р"), ("S", "С"), ("T", "Т"),
                     ("U", "У"), ("F", "Ф"), ("C", "К"), ("H", "Х"), ("W", "В"), ("X", "КС"), ("J", "ДЖ"), ("Q", "К")]


def cyrillic(name):
    text = name.upper()
    result = ""
    i = 0
    while i < len(text):
        for latin, cyr in LATIN_TO_CYRILLIC:
            if text.startswith(latin, i):
                result += cyr
                i += len(latin)
                break
        else:
            result += text[i]
            i += 1
    return result


LOOKALIKES = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
              "I": "І", "Y": "У"}
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Z": "Ζ"}


def confusable(name):
    table = rng.choice([LOOKALIKES, GREEK])
    spots = [i for i, c in enumerate(name) if c in table]
    if not spots:
        return None
    chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 3))))
    return "".join(table[c] if i in chosen else c for i, c in enumerate(name))


def obfuscated(name):
    how = rng.choice(["fullwidth", "zerowidth", "spaces"])
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in name)
    if how == "zerowidth":
        spots = sorted(rng.sample(range(1, len(name)), min(3, len(name) - 1)))
        for offset, i in enumerate(spots):
            name = name[:i + offset] + rng.choice(["\u200b", "\u200c", "\u200d", "\ufeff"]) + name[i + offset:]
        return name
    return "  " + re.sub(" ", "   ", name, count=2) + " "


QUALIFIERS = ["(SCHWEIZ)", "(HONG KONG)", "(UK)", "(DEUTSCHLAND)", "(PRIVATE)", "(PTY)", "(SINGAPORE)", "(FZE)", "(EUROPE)", "(L.L.C.)"]


def qualifier(name):
    parts = name.split()
    if len(parts) < 2:
        return None
    at = len(parts) - 1 if legal_variant(name) else len(parts)
    return " ".join(parts[:at] + [rng.choice(QUALIFIERS)] + parts[at:])


def punctuation(name):
    parts = name.split()
    how = rng.choice(["possessive", "dots", "ampersand", "hyphen"])
    if how == "possessive":
        i = rng.randrange(len(parts))
        if not parts[i].isalpha():
            return None
        parts[i] += "'S"
        return " ".join(parts)
    if how == "dots":
        return ", ".join(parts[:2]) + (" " + " ".join(parts[2:]) if len(parts) > 2 else "") + "."
    if how == "ampersand":
        return name.replace(" AND ", " & ") if " AND " in name else None
    return "-".join(parts[:2]) + (" " + " ".join(parts[2:]) if len(parts) > 2 else "")


SUBSIDIARY = ["TRUST COMPANY", "MEXICO S.A.", "BRANCH", "SECURITIES CO", "INSURANCE COMPANY", "ASSET MANAGEMENT",
              "FOUNDATION", "LEASING CO", "REAL ESTATE", "SHIPPING LINE", "UK BRANCH", "AIRLINES"]


def subsidiary(name):
    parts = name.split()
    tail = legal_variant(name)
    core = " ".join(parts[:-1]) if tail and len(parts) > 2 else name
    return f"{core} {rng.choice(SUBSIDIARY)}"


WORD_SWAPS = [("RAILROAD", "RAILWAY"), ("BANK", "BANCORP"), ("PETROLEUM", "PETROCHEMICAL"),
              ("AIRLINES", "AIRPORTS"), ("SHIPPING", "SHIPYARD"), ("STEEL", "STEELWORKS"), ("ELECTRIC", "ELECTRONICS"),
              ("INSURANCE", "REINSURANCE"), ("MINING", "MINERALS"), ("CHEMICAL", "CHEMISTRY"), ("NORTH", "SOUTH"),
              ("EAST", "WEST"), ("MARINE", "MARITIME"), ("FOODS", "FEEDS"), ("CEMENT", "CERAMICS")]


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def word_swap(name):
    vocabulary = words(name)
    for a, b in WORD_SWAPS:
        for x, y in ((a, b), (b, a)):
            if x in vocabulary:
                return re.sub(rf"\b{x}\b", y, name.upper(), count=1)
    parts = name.split()
    spots = [i for i, p in enumerate(parts) if re.fullmatch(r"[A-Z]{5,}", p) and p not in GENERIC]
    if len(spots) < 2:
        return None
    i = rng.choice(spots)
    # another real distinctive word with the same first three letters: a different entity, not a typo
    same_start = [w for w in frequency if w[:3] == parts[i][:3] and abs(len(w) - len(parts[i])) <= 3 and w != parts[i]
                  and len(w) >= 5 and w not in GENERIC and not w.startswith(parts[i]) and not parts[i].startswith(w)
                  and distance(w, parts[i]) >= 3]  # a word one or two edits away may be a typo of it
    if not same_start:
        return None
    parts[i] = rng.choice(sorted(same_start))
    return " ".join(parts)


def number_differs(name):
    match = re.search(r"\b(\d+)\b", name)
    if match:
        return name[:match.start()] + str(int(match.group(1)) + rng.randint(1, 9)) + name[match.end():]
    return f"{name} {rng.randint(2, 9)}"


VARIATIONS = [
    ("joined-words", joined, True), ("split-words", split, True), ("legal-form", legal_variant, True), ("typo", typo, True),
    ("number-words", number_variant, True), ("acronym", acronym, True), ("cyrillic", cyrillic, True),
    ("confusable", confusable, True), ("obfuscated", obfuscated, True), ("qualifier", qualifier, True),
    ("punctuation", punctuation, True), ("subsidiary", subsidiary, False), ("word-swap", word_swap, False),
    ("number-differs", number_differs, False),
]
for kind, make, is_match in VARIATIONS:
    pool = [n for n in base_names if re.search(r"\d", n)] if kind == "number-words" else base_names
    if kind == "number-words":
        pool = pool + [f"{o} {n}" for o in ("1ST", "2ND", "3RD", "21ST") for n in rng.sample(base_names, 40)] \
            + [f"{n} 44" for n in rng.sample(base_names, 40)]
    made = 0
    for name in rng.sample(pool, len(pool)):
        if made >= PER_KIND:
            break
        variant = make(name)
        if not variant or variant.upper() == name.upper() and kind not in ("confusable", "obfuscated"):
            continue
        if kind == "acronym" and len(variant) < 3:
            continue
        pair = (variant, name) if rng.random() < 0.5 else (name, variant)
        add(kind, pair[0], pair[1], is_match, name)
        made += 1

# The hand-written pairs of name-pairs.csv, with their categories.
for row in read_csv(os.path.join(OUT, "name-pairs.csv"))[1:]:
    add("curated-" + row[3], row[0], row[1], row[2] == "1", row[0])

for part, rows in out.items():
    with open(os.path.join(OUT, f"org-pairs-{part}.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name1", "name2", "is_match", "kind"])
        writer.writerows(rows)
    print(part, len(rows), "pairs", sum(r[2] for r in rows), "matches")
